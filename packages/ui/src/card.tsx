import type { HTMLAttributes, Ref } from "react";
import { cn } from "./cn";

export type CardProps = HTMLAttributes<HTMLDivElement> & { ref?: Ref<HTMLDivElement> };

export function Card({ className, ...props }: CardProps) {
  return <div className={cn("rounded-card border border-line bg-surface p-5 shadow-card", className)} {...props} />;
}
