import { Form } from "@remix-run/react";
import { useT } from "../lib/i18n";
import { Field, type FieldErrors } from "./form";

type Typed = Partial<
  Record<"firstName" | "lastName" | "phone" | "locale", string>
>;

const LANGUAGES = [
  { value: "ro", label: "Română" },
  { value: "en", label: "English" },
];

/** The person's own name, phone and language; the email is the supplier's. */
export function DetailsFields(props: {
  email: string;
  typed: Typed;
  errors: FieldErrors;
}) {
  const { typed, errors } = props;
  const t = useT();
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{t("profile.details")}</h2>
      <Form method="post" noValidate>
        <Field
          name="email"
          type="email"
          label={t("auth.email")}
          hint={t("profile.emailHint")}
          autoComplete="email"
          value={props.email}
          readOnly
        />
        <Field
          name="firstName"
          type="text"
          label={t("profile.firstName")}
          error={errors.firstName}
          autoComplete="given-name"
          spellCheck={false}
          defaultValue={typed.firstName}
        />
        <Field
          name="lastName"
          type="text"
          label={t("profile.lastName")}
          error={errors.lastName}
          autoComplete="family-name"
          spellCheck={false}
          defaultValue={typed.lastName}
        />
        <Field
          name="phone"
          type="tel"
          label={t("profile.phone")}
          hint={t("profile.phoneHint")}
          error={errors.phone}
          autoComplete="tel"
          defaultValue={typed.phone}
        />
        <LanguageChoice chosen={typed.locale} error={errors.locale} />
        <button type="submit" name="intent" value="details" className="button">
          {t("profile.saveDetails")}
        </button>
      </Form>
    </section>
  );
}

function LanguageChoice(props: { chosen?: string; error?: string }) {
  const t = useT();
  const described = ["locale-hint", props.error ? "locale-error" : ""];
  return (
    <fieldset
      className={props.error ? "field field-error" : "field"}
      aria-describedby={described.join(" ").trim()}
    >
      <legend>{t("profile.language")}</legend>
      <p className="hint" id="locale-hint">
        {t("profile.languageHint")}
      </p>
      {props.error ? (
        <p className="error-message" id="locale-error">
          {props.error}
        </p>
      ) : null}
      {LANGUAGES.map(({ value, label }, index) => {
        // The first radio carries the field's id, for the error summary.
        const id = index === 0 ? "locale" : `locale-${value}`;
        return (
          <div className="radio" key={value}>
            <input
              type="radio"
              name="locale"
              id={id}
              value={value}
              defaultChecked={props.chosen === value}
            />
            <label htmlFor={id} lang={value}>
              {label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
