import type { InputHTMLAttributes } from "react";
import { useT } from "../lib/i18n";

export type FieldErrors = Record<string, string | undefined>;

/** "There is a problem", linking to each wrong field. */
export function ErrorSummary({ errors }: { errors?: FieldErrors }) {
  const t = useT();
  const entries = Object.entries(errors ?? {}).filter(([, m]) => m);
  if (entries.length === 0) return null;

  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <h2>{t("common.errorSummaryTitle")}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  hint?: string;
  error?: string;
};

/** A labelled input with its hint and error wired for screen readers. */
export function Field({ name, label, hint, error, ...input }: FieldProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const described = [hintId, errorId].filter(Boolean).join(" ") || undefined;

  return (
    <div className={error ? "field field-error" : "field"}>
      <label htmlFor={name}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="error-message" id={errorId}>
          {error}
        </p>
      ) : null}
      <input
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        {...input}
      />
    </div>
  );
}
