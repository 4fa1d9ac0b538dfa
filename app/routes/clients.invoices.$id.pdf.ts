import type { LoaderFunctionArgs } from "@remix-run/node";
import { invoicePdf, today } from "../lib/invoices.server";
import {
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

  // The download is named after the invoice; RFC 6266 for non-ASCII names.
  const ascii = pdf.fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return new Response(new Uint8Array(pdf.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(pdf.fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
