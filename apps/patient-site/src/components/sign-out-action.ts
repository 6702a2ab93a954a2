"use server";

import { signOut } from "~/auth";

/**
 * Auth.js clears the cookie, and the signOut event revokes the server-side session row, so a copied
 * cookie stops working too.
 */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
