import type { Ref, SelectHTMLAttributes } from "react";
import { controlClasses } from "./control-classes";

export type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  invalid?: boolean;
  ref?: Ref<HTMLSelectElement>;
};

export function Select({ invalid, className, "aria-invalid": ariaInvalid, ...props }: SelectProps) {
  return (
    <select aria-invalid={ariaInvalid ?? (invalid || undefined)} className={controlClasses(invalid, `pr-8 ${className ?? ""}`)} {...props} />
  );
}
