"use client";

import { Alert } from "@clinic/ui/alert";
import { Button, type ButtonProps } from "@clinic/ui/button";
import { useActionState, type ReactNode } from "react";
import { useArticleVersion } from "./article-version";
import { restoreRevisionAction, reviewStepAction, type StepState } from "./actions";

/**
 * One review step as its own small POST form (works without JavaScript); the article's version goes
 * with it, so a step taken on a page someone else changed meanwhile is refused, not applied blindly.
 */
export function ReviewStepForm({
  id,
  version,
  step,
  label,
  variant,
  children,
}: {
  id: string;
  version: number;
  step: "submit" | "sendBack" | "approve" | "archive" | "restore";
  label: string;
  variant?: ButtonProps["variant"];
  children?: ReactNode;
}) {
  const current = useArticleVersion(version).version;
  const [state, formAction, pending] = useActionState<StepState, FormData>(step === "restore" ? restoreRevisionAction : reviewStepAction, {});
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={String(current || version)} />
      <input type="hidden" name="step" value={step} />
      {children}
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      <div>
        <Button type="submit" variant={variant} loading={pending}>
          {label}
        </Button>
      </div>
    </form>
  );
}
