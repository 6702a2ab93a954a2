import type { ReactNode } from "react";

export type FieldProps = {
  /** The id of the control inside; the label, hint and error ids derive from it. */
  id: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  children: ReactNode;
};

/**
 * The ids a control should list in aria-describedby, so screen readers read the hint and the error
 * after the label. Returns undefined when there is nothing to describe (an empty attribute is noise).
 */
export function fieldDescribedBy(id: string, { error, hint }: { error?: string | undefined; hint?: string | undefined }): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** Label, control, hint and error of one form field. The caller wires aria-describedby/aria-invalid on the control. */
export function Field({ id, label, error, hint, required = false, children }: FieldProps) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-ink">
        {label}
        {required ? (
          <span className="ml-1 font-normal text-muted">
            <span aria-hidden="true">*</span>
            <span className="sr-only">(required)</span>
          </span>
        ) : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
