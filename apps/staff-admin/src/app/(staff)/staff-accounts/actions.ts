"use server";

import { staffAccountChangeInput } from "@clinic/domain/people/staff-account-change";
import { redirect } from "next/navigation";
import { trpcErrorCode } from "~/lib/trpc-error";
import { getCaller } from "~/trpc/server";

/** The outcomes the page can announce after a change (codes only: no names in the URL). */
export type ChangeNotice = "role" | "disable" | "enable" | "self" | "missing" | "invalid";

/** One form per action on the page posts here (works without JavaScript); the procedure authorizes and audits. */
export async function changeStaffAccountAction(formData: FormData): Promise<void> {
  const parsed = staffAccountChangeInput.safeParse(Object.fromEntries(formData));
  let notice: ChangeNotice;
  if (!parsed.success) {
    notice = "invalid";
  } else {
    const caller = await getCaller();
    notice = await caller.staffAccounts.change(parsed.data).then(
      () => parsed.data.kind,
      (error: unknown) => {
        const code = trpcErrorCode(error);
        if (code === "FORBIDDEN") return "self" as const;
        if (code === "NOT_FOUND") return "missing" as const;
        if (code === "BAD_REQUEST") return "invalid" as const;
        throw error;
      },
    );
  }
  redirect(`/staff-accounts?done=${notice}`);
}
