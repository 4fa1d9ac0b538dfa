import type { LoaderFunctionArgs } from "@remix-run/node";
import { translator } from "../i18n";
import { today } from "../lib/invoices.server";
import { attachment, getDb, requirePermission } from "../lib/session.server";
import { statementPdf, statementPeriod } from "../lib/statement.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requirePermission(request, "invoices");
  const { locale } = viewer.person;
  const search = new URL(request.url).searchParams;
  const now = today();
  const { period, errors } = statementPeriod(search, now, translator(locale));

  // A wrong date gets words a person can read, never a broken PDF.
  const problems = Object.values(errors);
  if (problems.length > 0) {
    return new Response(`${problems.join("\n")}\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }

  const pdf = await statementPdf(
    getDb(),
    viewer.company.id,
    period,
    locale,
    now,
  );
  return new Response(new Uint8Array(pdf.bytes), {
    headers: attachment(pdf.fileName, "application/pdf"),
  });
}
