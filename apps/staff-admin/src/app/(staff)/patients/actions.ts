"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requireStaff } from "~/auth";
import { PATIENT_SEARCH_COOKIE, PATIENT_SEARCH_COOKIE_MAX_AGE_S } from "~/lib/search-params";

/** Longer than any query the search accepts; the page shows the schema's own message. */
const MAX_STORED_QUERY = 200;

/** Keeps the posted search for the patients page (see PATIENT_SEARCH_COOKIE) and shows its first page. */
export async function searchPatientsAction(form: FormData): Promise<void> {
  await requireStaff();
  const query = form.get("q");
  const jar = await cookies();
  jar.set(PATIENT_SEARCH_COOKIE, typeof query === "string" ? query.trim().slice(0, MAX_STORED_QUERY) : "", {
    httpOnly: true,
    sameSite: "strict",
    secure: process.env.NODE_ENV === "production",
    path: "/patients",
    maxAge: PATIENT_SEARCH_COOKIE_MAX_AGE_S,
  });
  redirect("/patients");
}
