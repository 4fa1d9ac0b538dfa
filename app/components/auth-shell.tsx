import type { ReactNode } from "react";
import { Form } from "@remix-run/react";
import { useLocale, useT } from "../lib/i18n";
import { PageTitle } from "./page-title";

/** The frame of the sign-in pages: product name, language switch, form. */
export function AuthShell(props: {
  title: string;
  error?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();

  return (
    <div className="auth">
      <PageTitle parts={[props.title]} error={props.error} />
      <header className="auth-header">
        <p className="brand">{t("common.appName")}</p>
        <Form method="post" action="/language" className="language-switch">
          <span>{t("common.language")}:</span>{" "}
          <button
            name="lang"
            value="ro"
            aria-pressed={locale === "ro"}
            lang="ro"
          >
            Română
          </button>{" "}
          <button
            name="lang"
            value="en"
            aria-pressed={locale === "en"}
            lang="en"
          >
            English
          </button>
        </Form>
      </header>
      <main id="main" className="auth-main">
        {props.children}
      </main>
    </div>
  );
}
