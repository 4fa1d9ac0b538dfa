import { Form } from "@remix-run/react";
import { useT } from "../lib/i18n";
import { Field, type FieldErrors } from "./form";

/** The current password, then the new one twice; none is ever kept. */
export function PasswordFields(props: {
  email: string;
  minLength: number;
  errors: FieldErrors;
}) {
  const { errors } = props;
  const t = useT();
  return (
    <section aria-labelledby="password-heading">
      <h2 id="password-heading">{t("profile.password")}</h2>
      <Form method="post" noValidate>
        {/* Password managers pair the new password with this account. */}
        <input
          type="text"
          name="username"
          autoComplete="username"
          value={props.email}
          readOnly
          hidden
        />
        <Field
          name="currentPassword"
          type="password"
          label={t("profile.currentPassword")}
          error={errors.currentPassword}
          autoComplete="current-password"
        />
        <Field
          name="newPassword"
          type="password"
          label={t("reset.newPassword")}
          hint={t("reset.newPasswordHint", { min: props.minLength })}
          error={errors.newPassword}
          autoComplete="new-password"
        />
        <Field
          name="confirmPassword"
          type="password"
          label={t("reset.confirm")}
          error={errors.confirmPassword}
          autoComplete="new-password"
        />
        <button
          type="submit"
          name="intent"
          value="password"
          className="button button-secondary"
        >
          {t("profile.savePassword")}
        </button>
      </Form>
    </section>
  );
}
