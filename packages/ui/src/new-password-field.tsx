import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@clinic/domain/people/password-policy";
import { Field, fieldDescribedBy } from "./field";
import { Input } from "./input";

/** The password policy in the words every "choose a password" field shows (domain/people/password-policy). */
export const PASSWORD_RULES =
  `At least ${PASSWORD_MIN_LENGTH} characters (up to ${PASSWORD_MAX_LENGTH}). Very common passwords are refused; ` +
  "a few unrelated words make a strong one you can remember.";

/** A field for choosing a password (sign-up, reset, change, invitation): the rules as its hint, `new-password` for managers. */
export function NewPasswordField({ name, label = "New password", error }: { name: string; label?: string; error?: string }) {
  return (
    <Field id={name} label={label} hint={PASSWORD_RULES} error={error} required>
      <Input
        id={name}
        name={name}
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        maxLength={PASSWORD_MAX_LENGTH}
        invalid={Boolean(error)}
        aria-describedby={fieldDescribedBy(name, { error, hint: PASSWORD_RULES })}
      />
    </Field>
  );
}
