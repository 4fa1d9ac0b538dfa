export {
  getInvoice,
  INVOICE_SORTS,
  listInvoices,
  type InvoiceDetail,
  type InvoiceListRow,
  type InvoiceSort,
} from "../../server/invoices/queries";
export {
  INVOICE_STATUSES,
  type InvoiceStatus,
} from "../../server/invoices/status";
export { today } from "../../server/clock";
export { pageCount, pageParam, PER_PAGE } from "../../server/paging";
export { toLei } from "../../server/money";
export { invoicePdf } from "../../server/invoices/pdf";
