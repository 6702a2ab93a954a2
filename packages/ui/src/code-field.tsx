import { Field, fieldDescribedBy } from "./field";
import { Input } from "./input";

/**
 * A code from the authenticator app (6 digits: numeric keypad, offered by the phone's one-time-code autofill)
 * or a recovery code (letters: a plain text keyboard, never autofilled).
 */
export function CodeField({ id, label, hint, error, kind = "totp" }: { id: string; label: string; hint?: string; error?: string; kind?: "totp" | "recovery" }) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required>
      <Input
        id={id}
        name="code"
        type="text"
        autoComplete={kind === "totp" ? "one-time-code" : "off"}
        inputMode={kind === "totp" ? "numeric" : "text"}
        spellCheck={false}
        required
        invalid={Boolean(error)}
        aria-describedby={fieldDescribedBy(id, { error, hint })}
      />
    </Field>
  );
}
