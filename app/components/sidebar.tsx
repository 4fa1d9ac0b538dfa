import { Form, NavLink } from "@remix-run/react";
import type { MessageKey } from "../i18n";
import { useT } from "../lib/i18n";
import { sectionsFor } from "../lib/sections";

export type SidebarProps = {
  name: string;
  company: string;
  permissions: string[];
  canSwitch: boolean;
};

const GROUPS: { key: "commercial" | "support"; label: MessageKey }[] = [
  { key: "commercial", label: "nav.commercial" },
  { key: "support", label: "nav.support" },
];

function initials(name: string) {
  const letters = name.split(/\s+/).map((part) => part.charAt(0));
  return (letters[0] ?? "") + (letters[letters.length - 1] ?? "");
}

export function Sidebar(props: SidebarProps) {
  const t = useT();
  const sections = sectionsFor(props.permissions);

  return (
    <aside className="sidebar">
      <p className="brand">{t("common.appName")}</p>
      <nav aria-label={t("nav.label")}>
        <ul className="nav-list">
          <li>
            <NavLink to="/clients" end>
              {t("nav.dashboard")}
            </NavLink>
          </li>
        </ul>
        {GROUPS.map((group) => {
          const items = sections.filter((s) => s.group === group.key);
          if (items.length === 0) return null;
          return (
            <div className="nav-group" key={group.key}>
              <h2 className="nav-heading">{t(group.label)}</h2>
              <ul className="nav-list">
                {items.map((section) => (
                  <li key={section.path}>
                    <NavLink to={section.path}>{t(section.label)}</NavLink>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </nav>
      <div className="account">
        <NavLink to="/clients/profile" className="account-profile">
          <span className="avatar" aria-hidden="true">
            {initials(props.name)}
          </span>
          <span className="account-who">
            <span className="visually-hidden">{t("nav.profile")}: </span>
            <bdi className="account-name">{props.name}</bdi>{" "}
            <bdi className="account-company">{props.company}</bdi>
          </span>
        </NavLink>
        <ul className="account-links">
          {props.canSwitch ? (
            <li>
              <a href="/authentication/choose">{t("auth.switchCompany")}</a>
            </li>
          ) : null}
        </ul>
        <Form method="post" action="/authentication/logout">
          <button type="submit" className="button-link">
            {t("auth.signOut")}
          </button>
        </Form>
      </div>
    </aside>
  );
}
