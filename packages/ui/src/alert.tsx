import type { ReactNode } from "react";
import { cn } from "./cn";

export type AlertTone = "error" | "success" | "info" | "warning";

const tones: Record<AlertTone, string> = {
  error: "border-danger-200 bg-danger-50 text-danger-800",
  success: "border-success-200 bg-success-50 text-success-700",
  info: "border-info-200 bg-info-50 text-info-700",
  warning: "border-warning-200 bg-warning-50 text-warning-800",
};

export type AlertProps = { tone: AlertTone; title?: string; children?: ReactNode; className?: string };

/** A message box. Errors interrupt (role="alert"); everything else is announced politely (role="status"). */
export function Alert({ tone, title, children, className }: AlertProps) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-lg border px-4 py-3 text-sm", tones[tone], className)}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : undefined}>{children}</div> : null}
    </div>
  );
}
