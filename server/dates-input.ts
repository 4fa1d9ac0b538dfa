import { isCalendarDate } from "./dates";

export type DateProblem = "format" | "day" | "month" | "year";

/**
 * A date typed by a person: dd.mm.yyyy (also d.m.yyyy, with / or -) or
 * yyyy-mm-dd. Says which part is wrong when it is not a real date.
 */
export function parseTypedDate(
  text: string,
): { date: string } | { problem: DateProblem } {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const local = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  if (!iso && !local) return { problem: "format" };

  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : [local![3], local![2], local![1]];
  if (Number(month) < 1 || Number(month) > 12) return { problem: "month" };
  if (Number(year) < 1900 || Number(year) > 2999) return { problem: "year" };
  const date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isCalendarDate(date) ? { date } : { problem: "day" };
}
