import type { LoaderFunctionArgs } from "@remix-run/node";
import { invoicePdf, today } from "../lib/invoices.server";
import {
  attachment,
  getDb,
  idParam,
  notFound,
  requirePermission,
} from "../lib/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requirePermission(request, "invoices");
  const pdf = await invoicePdf(
    getDb(),
    viewer.company.id,
    idParam(params.id),
    viewer.person.locale,
    today(),
  );
  if (!pdf) notFound();

  return new Response(new Uint8Array(pdf.bytes), {
    headers: attachment(pdf.fileName, "application/pdf"),
  });
}
