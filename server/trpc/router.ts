import { getViewer } from "../access/guard";
import { today } from "../clock";
import type { Context } from "./init";
import { router } from "./init";
import { invoicesRouter } from "./invoices";

export const appRouter = router({
  invoices: invoicesRouter,
});

export type AppRouter = typeof appRouter;

/** The same session and access checks as every page. */
export async function createContext({
  req,
}: {
  req: Request;
}): Promise<Context> {
  return { viewer: await getViewer(req), today: today() };
}
