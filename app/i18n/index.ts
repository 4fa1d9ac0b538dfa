import type { Locale } from "./define";
import { catalogue } from "./catalogue";

export type { Locale } from "./define";
export const LOCALES: Locale[] = ["ro", "en"];

type Catalogue = typeof catalogue;
export type MessageKey = {
  [N in keyof Catalogue]: `${N & string}.${keyof Catalogue[N]["en"] & string}`;
}[keyof Catalogue];

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export function isLocale(value: unknown): value is Locale {
  return value === "ro" || value === "en";
}

/** Texts for a locale; `{name}` in a message is replaced from `vars`. */
export function translator(locale: Locale): Translate {
  return (key, vars) => {
    const dot = key.indexOf(".");
    const space = catalogue[key.slice(0, dot) as keyof Catalogue]?.[locale];
    // A key that is not in the catalogue prints as itself, never throws.
    const text = (space as Record<string, string> | undefined)?.[
      key.slice(dot + 1)
    ];
    if (typeof text !== "string") return key;
    if (!vars) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
  };
}
