import { useRouteLoaderData } from "@remix-run/react";
import { translator, type Locale } from "../i18n";

export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale: Locale }>("root");
  return data?.locale ?? "ro";
}

export function useT() {
  return translator(useLocale());
}

type MetaMatch = { id: string; data: unknown };

/** The locale from the root loader, for `meta` functions. */
export function metaLocale(matches: MetaMatch[]): Locale {
  const root = matches.find((match) => match.id === "root");
  return (root?.data as { locale?: Locale } | undefined)?.locale ?? "ro";
}

/** "Invoice F-1 – Invoices – Client portal": most specific first. */
export function pageTitle(matches: MetaMatch[], ...parts: string[]) {
  const t = translator(metaLocale(matches));
  return [{ title: [...parts, t("common.appName")].join(" – ") }];
}
