import type { Translate } from "../../app/i18n";
import { formatDate } from "../../app/lib/format";
import { parseTypedDate } from "../dates-input";

export type Period = { from: string; to: string };

export type PeriodChoice = {
  /** As typed, to show back in the form. */
  typed: Period;
  /** Calendar dates; empty strings when there are errors. */
  period: Period;
  errors: Record<string, string>;
};

const FIELDS = {
  from: "statement.fieldFrom",
  to: "statement.fieldTo",
} as const;

/**
 * The statement's period from `?from=&to=` (this year to today when absent),
 * with a message per wrong field. The page and the PDF read it alike.
 */
export function statementPeriod(
  search: URLSearchParams,
  today: string,
  t: Translate,
): PeriodChoice {
  const typed = {
    from: search.get("from") ?? formatDate(`${today.slice(0, 4)}-01-01`, "ro"),
    to: search.get("to") ?? formatDate(today, "ro"),
  };

  const errors: Record<string, string> = {};
  const period = { from: "", to: "" };
  for (const key of ["from", "to"] as const) {
    const parsed = parseTypedDate(typed[key]);
    if ("problem" in parsed) {
      const field = t(FIELDS[key]);
      errors[key] = t(`statement.problem_${parsed.problem}`, { field });
    } else period[key] = parsed.date;
  }
  if (!errors.from && !errors.to && period.to < period.from) {
    errors.to = t("statement.order");
  }

  const failed = Object.keys(errors).length > 0;
  return { typed, period: failed ? { from: "", to: "" } : period, errors };
}
