"use client";

import { recoveryCodeInput, totpCodeInput } from "@clinic/domain/people/second-factor";
import { useActionState, useEffect, useRef } from "react";
import { z } from "zod";
import { Alert } from "./alert";
import { Button } from "./button";
import { CodeField } from "./code-field";
import { useFormFeedback, type FormFeedback } from "./form-feedback";

const FIELDS = ["code"] as const;
export type CodeOutcome = FormFeedback<(typeof FIELDS)[number]>;
export type CodeAction = (previous: CodeOutcome, form: FormData) => Promise<CodeOutcome>;

const totpSchema = z.object({ code: totpCodeInput });
const recoverySchema = z.object({ code: recoveryCodeInput });

/**
 * One code field posted to the app's server action: a 6-digit code from the authenticator app, or
 * (method "recovery") one of the recovery codes. Works without JavaScript like every form here.
 */
export function SecondFactorForm({
  action,
  method,
  callbackUrl,
  submitLabel,
}: {
  action: CodeAction;
  method: "totp" | "recovery";
  callbackUrl?: string;
  submitLabel?: string;
}) {
  const [outcome, formAction, pending] = useActionState(action, {});
  const { formRef, onSubmit, errors, formError } = useFormFeedback(method === "totp" ? totpSchema : recoverySchema, FIELDS, outcome);
  const id = method === "totp" ? "code" : "recovery-code";
  const hint = method === "totp" ? "From your authenticator app." : "One of the codes you saved when you set up the app, like abcde-fghij. Each works once.";
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError ? (
        <div data-form-error tabIndex={-1} className="focus-visible:outline-2 focus-visible:outline-brand-600">
          <Alert tone="error">{formError}</Alert>
        </div>
      ) : null}
      {/* Not name="method": a control by that name hides the form's own `method` property from scripts. */}
      <input type="hidden" name="factor" value={method} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <CodeField id={id} label={method === "totp" ? "6-digit code" : "Recovery code"} hint={hint} error={errors.code} kind={method} />
      <Button type="submit" loading={pending} variant={method === "totp" ? "primary" : "secondary"} className="w-full sm:w-auto">
        {pending ? "Checking…" : (submitLabel ?? (method === "totp" ? "Verify" : "Use recovery code"))}
      </Button>
    </form>
  );
}

export type EnrolmentOutcome = CodeOutcome & { recoveryCodes?: string[]; continueTo?: string };
export type EnrolmentAction = (previous: EnrolmentOutcome, form: FormData) => Promise<EnrolmentOutcome>;

/**
 * Setting up an authenticator app: the QR code and the secret as text (for typing in), then a code from
 * the app to confirm; afterwards the ten recovery codes, shown this once, with focus on their heading.
 */
export function TotpEnrolment({
  action,
  offer,
  callbackUrl,
  continueLabel = "Continue",
  quietWhenSetUp = false,
}: {
  /** With no offer and no codes to show, render nothing (the page says it is on and offers to turn it off). */
  quietWhenSetUp?: boolean;
  action: EnrolmentAction;
  /** Null when an authenticator is already in force (e.g. this page reloaded after confirming). */
  offer: { qrDataUrl: string; groupedSecret: string } | null;
  callbackUrl?: string;
  continueLabel?: string;
}) {
  const [outcome, formAction, pending] = useActionState(action, {});
  const { formRef, onSubmit, errors, formError } = useFormFeedback(totpSchema, FIELDS, outcome);
  const codesHeading = useRef<HTMLHeadingElement>(null);
  const codes = outcome.recoveryCodes;
  useEffect(() => {
    if (codes) codesHeading.current?.focus();
  }, [codes]);

  if (codes) {
    return (
      <RecoveryCodeList
        codes={codes}
        headingRef={codesHeading}
        intro="Your authenticator app is set up. If you lose your phone, each of these codes signs you in once instead of a code from the app. Keep them somewhere safe, such as a password manager: they are shown only now."
      >
        <a href={outcome.continueTo ?? "/"} className="self-start rounded-lg bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800">
          {continueLabel}
        </a>
      </RecoveryCodeList>
    );
  }

  if (!offer) {
    if (quietWhenSetUp) return null;
    return (
      <div className="flex flex-col gap-4">
        <p>Two-step sign-in is already set up for this account.</p>
        <a href={callbackUrl ?? "/"} className="self-start rounded-lg bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800">
          {continueLabel}
        </a>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-6">
      <ol className="flex list-decimal flex-col gap-4 pl-5">
        <li>
          <p>Open an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or 1Password) and scan this code.</p>
          <img src={offer.qrDataUrl} alt="QR code for your authenticator app" width={200} height={200} className="mt-3 rounded-lg border border-line bg-white" />
        </li>
        <li>
          <p>Cannot scan it? Enter this key in the app instead:</p>
          <p className="mt-2 font-mono text-base break-all" data-totp-secret>
            {offer.groupedSecret}
          </p>
        </li>
        <li>Enter the 6-digit code the app shows now.</li>
      </ol>
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
        {formError ? (
          <div data-form-error tabIndex={-1} className="focus-visible:outline-2 focus-visible:outline-brand-600">
            <Alert tone="error">{formError}</Alert>
          </div>
        ) : null}
        {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
        <CodeField id="code" label="6-digit code" error={errors.code} />
        <Button type="submit" loading={pending} className="w-full sm:w-auto">
          {pending ? "Checking…" : "Turn on two-step sign-in"}
        </Button>
      </form>
    </div>
  );
}

/** The ten recovery codes, shown once, under a heading that takes focus. */
function RecoveryCodeList({
  codes,
  headingRef,
  intro,
  children,
}: {
  codes: string[];
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  intro: string;
  children?: React.ReactNode;
}) {
  return (
    <section aria-labelledby="recovery-codes-heading" className="flex flex-col gap-4">
      <h2 id="recovery-codes-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
        Save your recovery codes
      </h2>
      <p>{intro}</p>
      <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-2 rounded-lg border border-line bg-surface p-4 font-mono text-base">
        {codes.map((code) => (
          <li key={code} data-recovery-code>
            {code}
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}

/**
 * "Make new recovery codes": a current code from the app first; the ten new codes replace every
 * earlier one and show this once (patient two-step page, staff "my account").
 */
export function RenewRecoveryCodes({ action }: { action: EnrolmentAction }) {
  const [outcome, formAction, pending] = useActionState(action, {});
  const { formRef, onSubmit, errors, formError } = useFormFeedback(totpSchema, FIELDS, outcome);
  const codesHeading = useRef<HTMLHeadingElement>(null);
  const codes = outcome.recoveryCodes;
  useEffect(() => {
    if (codes) codesHeading.current?.focus();
  }, [codes]);
  if (codes) {
    return (
      <RecoveryCodeList
        codes={codes}
        headingRef={codesHeading}
        intro="These replace your earlier recovery codes, which no longer work. Each signs you in once instead of a code from the app. Keep them somewhere safe: they are shown only now."
      />
    );
  }
  const hint = "From your authenticator app. Your earlier recovery codes stop working.";
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError ? (
        <div data-form-error tabIndex={-1} className="focus-visible:outline-2 focus-visible:outline-brand-600">
          <Alert tone="error">{formError}</Alert>
        </div>
      ) : null}
      <CodeField id="renew-code" label="6-digit code for new recovery codes" hint={hint} error={errors.code} />
      <Button type="submit" loading={pending} variant="secondary" className="w-full sm:w-auto">
        {pending ? "Checking…" : "Make new recovery codes"}
      </Button>
    </form>
  );
}
