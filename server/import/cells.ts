import { z } from "zod";

/** A value the file got wrong; the message follows the field's name. */
export class FieldError extends Error {}

export type Parse<T> = (text: string) => T;

function column<T>(parse: (raw: string | undefined) => T) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      try {
        return parse(raw);
      } catch (error) {
        if (!(error instanceof FieldError)) throw error;
        ctx.addIssue({ code: "custom", message: error.message });
        return z.NEVER;
      }
    });
}

/**
 * Absent (no such column or key): undefined, so an update keeps what is
 * stored. Present but empty: the fallback. Otherwise the parsed value.
 */
export function optional<T, const F>(parse: Parse<T>, fallback: F) {
  return column((raw) => {
    if (raw === undefined) return undefined;
    return raw.trim() === "" ? fallback : parse(raw.trim());
  });
}

/** Absent or empty: the fallback. Documents are replaced, never merged. */
export function defaulted<T, const F>(parse: Parse<T>, fallback: F) {
  return column((raw) => (raw?.trim() ? parse(raw.trim()) : fallback));
}

export function required<T>(parse: Parse<T>) {
  return column((raw) => {
    const value = raw?.trim();
    if (!value) throw new FieldError("is required");
    return parse(value);
  });
}
