import { Button } from "@clinic/ui/button";
import { signOut } from "~/auth";

/**
 * Signs the patient out: a plain form posting to a server action, so it works before (or
 * without) JavaScript. Auth.js clears the cookie, and the signOut event revokes the server-side
 * session row, so a copied cookie stops working too.
 */
export function SignOutButton() {
  async function signOutAction() {
    "use server";
    await signOut({ redirectTo: "/" });
  }

  return (
    <form action={signOutAction}>
      <Button type="submit" variant="ghost" size="sm">
        Sign out
      </Button>
    </form>
  );
}
