import type { Ref, TextareaHTMLAttributes } from "react";
import { controlClasses } from "./control-classes";

export type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  invalid?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
};

export function Textarea({ invalid, className, "aria-invalid": ariaInvalid, ...props }: TextareaProps) {
  return (
    <textarea
      aria-invalid={ariaInvalid ?? (invalid || undefined)}
      className={controlClasses(invalid, `min-h-24 ${className ?? ""}`)}
      {...props}
    />
  );
}
