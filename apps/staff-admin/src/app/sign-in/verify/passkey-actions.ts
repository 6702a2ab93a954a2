"use server";

import { finishPasskeySignInStep, startPasskeySignIn } from "@clinic/auth/passkey-form";
import { cookies, headers } from "next/headers";

/** "Use a passkey" at the second sign-in step: options for this session's account (JavaScript only, as WebAuthn is). */
export async function beginPasskeySignInAction() {
  return startPasskeySignIn("staff", { cookies: await cookies(), headers: await headers() });
}

/** The browser's answer checked against this session's challenge; where to continue when it passes. */
export async function finishPasskeySignInAction(response: unknown, callbackUrl: unknown) {
  return finishPasskeySignInStep("staff", { cookies: await cookies(), headers: await headers() }, response, callbackUrl, "/");
}
