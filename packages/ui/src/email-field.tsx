import { Field, fieldDescribedBy } from "./field";
import { Input } from "./input";

/** The account email field of sign-in, sign-up and "forgot your password": typed for phones and password managers. */
export function EmailField({ defaultValue, error, name = "email" }: { defaultValue?: string; error?: string; name?: string }) {
  return (
    <Field id={name} label="Email" error={error} required>
      <Input
        id={name}
        name={name}
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={defaultValue ?? ""}
        invalid={Boolean(error)}
        aria-describedby={fieldDescribedBy(name, { error })}
      />
    </Field>
  );
}
