"use client";

import { passkeyNameInput, PASSKEY_NAME_MAX_LENGTH } from "@clinic/domain/people/passkeys";
import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/browser";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { Card } from "./card";
import { Field, fieldDescribedBy } from "./field";
import { Input } from "./input";

const NAME_HINT = "So you can tell your passkeys apart, for example “Work laptop”.";

type Refused = { error: string; fieldErrors?: Partial<Record<"name", string>> };

export type AddPasskeyActions = {
  begin: (name: string) => Promise<{ options: PublicKeyCredentialCreationOptionsJSON } | Refused>;
  finish: (name: string, response: RegistrationResponseJSON) => Promise<{ added: string } | Refused>;
};

export type PasskeySignInActions = {
  begin: () => Promise<{ options: PublicKeyCredentialRequestOptionsJSON } | { redirectTo: string } | Refused>;
  finish: (response: AuthenticationResponseJSON, callbackUrl: string) => Promise<{ redirectTo: string } | Refused>;
};

/** The browser's own refusals, in words: cancelled or timed out, or (adding) a device that holds one already. */
function browserRefusal(error: unknown, adding: boolean): string {
  const name = error instanceof Error ? error.name : "";
  if (adding && name === "InvalidStateError") return "This device already holds a passkey for your account.";
  if (name === "NotAllowedError" || name === "AbortError") return "The passkey prompt was closed or timed out. Try again when you are ready.";
  return "This browser could not use a passkey. Try another browser or device.";
}

/** "supported" once the page runs and the browser can do WebAuthn; nothing is decided on the server. */
function useWebAuthnSupport(): "checking" | "supported" | "unsupported" {
  const [support, setSupport] = useState<"checking" | "supported" | "unsupported">("checking");
  useEffect(() => setSupport(browserSupportsWebAuthn() ? "supported" : "unsupported"), []);
  return support;
}

/**
 * "Add a passkey": a name, then the browser's passkey prompt. WebAuthn is JavaScript only, so without
 * it this explains that and offers nothing that could fail; the authenticator app keeps working.
 */
export function AddPasskey({ begin, finish }: AddPasskeyActions) {
  const support = useWebAuthnSupport();
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<Refused | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refused && !refused.fieldErrors?.name) errorRef.current?.focus();
  }, [refused]);

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    const parsed = passkeyNameInput.safeParse(name);
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? "Check the name.";
      setRefused({ error: message, fieldErrors: { name: message } });
      document.getElementById("passkey-name")?.focus();
      return;
    }
    setBusy(true);
    setRefused(null);
    try {
      const start = await begin(parsed.data);
      if ("error" in start) return setRefused(start);
      let response: RegistrationResponseJSON;
      try {
        response = await startRegistration({ optionsJSON: start.options });
      } catch (error) {
        return setRefused({ error: browserRefusal(error, true) });
      }
      const outcome = await finish(parsed.data, response);
      if ("error" in outcome) return setRefused(outcome);
      setAdded(outcome.added);
      setName("");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <noscript>
        <p>Adding or using a passkey needs JavaScript, which is off in this browser. Your authenticator app keeps working, and you can remove passkeys here.</p>
      </noscript>
      {support === "unsupported" ? <p>This browser cannot create passkeys. Your authenticator app keeps working.</p> : null}
      {added ? <Alert tone="success">Passkey “{added}” added. Next time you sign in, you can use it instead of a code.</Alert> : null}
      {support === "supported" ? (
        // Never posted by the browser itself (WebAuthn runs in script); method="post" so no name could ever reach a URL.
        <form method="post" onSubmit={add} noValidate className="flex flex-col gap-5" aria-label="Add a passkey">
          {refused && !refused.fieldErrors?.name ? (
            <div ref={errorRef} data-form-error tabIndex={-1} className="focus-visible:outline-2 focus-visible:outline-brand-600">
              <Alert tone="error">{refused.error}</Alert>
            </div>
          ) : null}
          <Field id="passkey-name" label="Name of the passkey" hint={NAME_HINT} error={refused?.fieldErrors?.name} required>
            <Input
              id="passkey-name"
              name="name"
              type="text"
              value={name}
              onChange={(event) => setName(event.target.value)}
              maxLength={PASSKEY_NAME_MAX_LENGTH}
              autoComplete="off"
              required
              invalid={Boolean(refused?.fieldErrors?.name)}
              aria-describedby={fieldDescribedBy("passkey-name", { error: refused?.fieldErrors?.name, hint: NAME_HINT })}
            />
          </Field>
          <Button type="submit" loading={busy} variant="secondary" className="w-full sm:w-auto">
            {busy ? "Waiting for your passkey…" : "Add a passkey"}
          </Button>
        </form>
      ) : null}
    </div>
  );
}

/**
 * "Use a passkey" at the second sign-in step: shown only when the page runs in a browser that can do
 * WebAuthn (the page renders it only for an account that has one); the code forms stay beside it.
 */
export function UsePasskey({ begin, finish, callbackUrl }: PasskeySignInActions & { callbackUrl: string }) {
  const support = useWebAuthnSupport();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);
  if (support !== "supported") return null;

  async function use() {
    setBusy(true);
    setError(null);
    try {
      const start = await begin();
      if ("redirectTo" in start) return window.location.assign(start.redirectTo);
      if ("error" in start) return setError(start.error);
      let response: AuthenticationResponseJSON;
      try {
        response = await startAuthentication({ optionsJSON: start.options });
      } catch (failure) {
        return setError(browserRefusal(failure, false));
      }
      const outcome = await finish(response, callbackUrl);
      if ("redirectTo" in outcome) return window.location.assign(outcome.redirectTo);
      setError(outcome.error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card className="mb-6 flex flex-col gap-4">
      {error ? (
        <div ref={errorRef} data-form-error tabIndex={-1} className="focus-visible:outline-2 focus-visible:outline-brand-600">
          <Alert tone="error">{error}</Alert>
        </div>
      ) : null}
      <p>Confirm it is you with a passkey on this device, your phone or a security key, or enter a code below.</p>
      <Button type="button" onClick={use} loading={busy} className="w-full sm:w-auto">
        {busy ? "Waiting for your passkey…" : "Use a passkey"}
      </Button>
    </Card>
  );
}
