import { useT } from "../lib/i18n";

// Rendered by the page rather than by `meta`, because only the page knows
// whether its form came back with errors ("Error: " goes first then).
export function PageTitle({
  parts,
  error = false,
}: {
  parts: string[];
  error?: boolean;
}) {
  const t = useT();
  const prefix = error ? t("common.errorTitlePrefix") : "";
  return <title>{prefix + [...parts, t("common.appName")].join(" – ")}</title>;
}
