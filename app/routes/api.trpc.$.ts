import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { handleTrpc } from "../lib/trpc.server";

// tRPC serves the enhanced parts of pages. Its fetch adapter answers form
// posts with 415, so a cross-site HTML form cannot reach a mutation.
export const loader = ({ request }: LoaderFunctionArgs) => handleTrpc(request);
export const action = ({ request }: ActionFunctionArgs) => handleTrpc(request);
