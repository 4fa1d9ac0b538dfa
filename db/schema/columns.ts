import { integer, text } from "drizzle-orm/sqlite-core";

// Instants are epoch milliseconds; calendar dates are "YYYY-MM-DD" text in
// the supplier's time zone, so a due date never shifts with the server's zone.
export const id = () => integer("id").primaryKey({ autoIncrement: true });
export const instant = (name: string) =>
  integer(name, { mode: "timestamp_ms" });
export const calendarDate = (name: string) => text(name);
export const money = (name: string) => integer(name).notNull().default(0);
export const currency = () => text("currency").notNull().default("RON");
export const flag = (name: string) =>
  integer(name, { mode: "boolean" }).notNull().default(false);

export const timestamps = () => ({
  createdAt: instant("created_at")
    .notNull()
    .$defaultFn(() => new Date()),
  updatedAt: instant("updated_at")
    .notNull()
    .$defaultFn(() => new Date()),
});

// Every priced document keeps its totals in columns, so lists filter and sort
// on them without reading lines.
export const totals = () => ({
  currency: currency(),
  subtotal: money("subtotal"),
  vatTotal: money("vat_total"),
  total: money("total"),
});

// Lines of every priced document share one shape. Quantity is in thousandths
// (1.5 pcs = 1500) and the VAT rate in basis points (19 % = 1900).
export const lineColumns = () => ({
  id: id(),
  position: integer("position").notNull(),
  description: text("description").notNull(),
  quantityMilli: integer("quantity_milli").notNull(),
  unit: text("unit").notNull().default("buc"),
  unitPrice: money("unit_price"),
  vatRateBp: integer("vat_rate_bp").notNull(),
  net: money("net"),
  vat: money("vat"),
  total: money("total"),
});
