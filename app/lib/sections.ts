import type { MessageKey } from "../i18n";

type Permission =
  "invoices" | "estimates" | "proposals" | "contracts" | "projects" | "tickets";

export type Section = {
  path: string;
  label: MessageKey;
  group: "commercial" | "support";
  // null: open to every contact who may sign in.
  permission: Permission | null;
};

// The sidebar in the order the product description draws it. A section is
// listed here once its pages exist.
export const SECTIONS: Section[] = [
  {
    path: "/clients/invoices",
    label: "nav.invoices",
    group: "commercial",
    permission: "invoices",
  },
  {
    path: "/clients/statement",
    label: "nav.statement",
    group: "commercial",
    permission: "invoices",
  },
];

export function sectionsFor(permissions: readonly string[]) {
  return SECTIONS.filter(
    (s) => s.permission === null || permissions.includes(s.permission),
  );
}
