import type { InvoiceStatus } from "../../server/invoices/status";
import { useT } from "../lib/i18n";

// Status is text first; colour only repeats it.
export function InvoiceStatusTag({ status }: { status: InvoiceStatus }) {
  const t = useT();
  return (
    <strong className={`tag tag-${status}`}>
      {t(`invoices.status_${status}`)}
    </strong>
  );
}
