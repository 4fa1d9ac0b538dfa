export type Locale = "ro" | "en";

/**
 * One namespace of the catalogue. Both languages must carry the same keys:
 * a text missing in Romanian fails the type check, not a client's page.
 */
export function defineMessages<const T extends Record<string, string>>(
  en: T,
  ro: { [K in keyof T]: string },
) {
  return { en, ro } as { en: T; ro: { [K in keyof T]: string } };
}
