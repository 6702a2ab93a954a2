import type { ReactNode } from "react";
import { buttonClasses, type ButtonVariant } from "./button";
import { cn } from "./cn";

export type ConfirmActionProps = {
  /** What the first click opens, e.g. "Disable Dana Reyes". */
  label: string;
  /** One or two sentences on what happens, shown before anything does. */
  consequence: string;
  /** The button that does it, e.g. "Yes, disable Dana Reyes". */
  confirmLabel: string;
  action: (formData: FormData) => void | Promise<void>;
  /** Hidden inputs naming what the action applies to. */
  children: ReactNode;
  variant?: ButtonVariant;
};

/**
 * A two-step button for changes that are hard to undo: the first click opens the consequence and a
 * confirming POST form in place. A native disclosure, so it works without JavaScript and by keyboard.
 */
export function ConfirmAction({ label, consequence, confirmLabel, action, children, variant = "danger" }: ConfirmActionProps) {
  return (
    <details className="group">
      <summary className={cn(buttonClasses({ variant: variant === "danger" ? "secondary" : variant, size: "sm" }), "cursor-pointer list-none [&::-webkit-details-marker]:hidden")}>
        {label}
      </summary>
      <div className="mt-2 max-w-xs rounded-lg border border-line bg-surface p-3 text-sm shadow-sm">
        <p className="mb-2">{consequence}</p>
        <form action={action}>
          {children}
          <button type="submit" className={buttonClasses({ variant, size: "sm" })}>
            {confirmLabel}
          </button>
        </form>
      </div>
    </details>
  );
}
