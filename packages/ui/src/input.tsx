import type { InputHTMLAttributes, Ref } from "react";
import { controlClasses } from "./control-classes";

export type InputProps = InputHTMLAttributes<HTMLInputElement> & {
  /** Marks the control invalid for assistive tech (aria-invalid) and visually. */
  invalid?: boolean;
  ref?: Ref<HTMLInputElement>;
};

export function Input({ invalid, className, "aria-invalid": ariaInvalid, ...props }: InputProps) {
  return <input aria-invalid={ariaInvalid ?? (invalid || undefined)} className={controlClasses(invalid, className)} {...props} />;
}
