"use server";

import { TRPCError } from "@trpc/server";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { ZodError } from "zod";
import type { FormFeedback } from "@clinic/ui/form-feedback";
import { rescheduleChoice } from "~/lib/reschedule-choice";
import { getCaller } from "~/trpc/server";

export type VisitActionState = { formError?: string };

const ACTIONS = ["checkIn", "complete", "markNoShow", "cancel"] as const;
type Action = (typeof ACTIONS)[number];

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** One visit action posted from the visit page; the API decides who may and from which status. */
export async function visitAction(_previous: VisitActionState, form: FormData): Promise<VisitActionState> {
  const id = text(form, "id");
  const action = text(form, "action") as Action;
  if (!ACTIONS.includes(action)) return { formError: "That is not an action on a visit." };
  try {
    const visits = (await getCaller()).visits;
    if (action === "cancel") {
      await visits.cancel({ id, reason: text(form, "reason").slice(0, 1000), overrides: form.get("waiveCutoff") === "on" ? ["changeCutoff"] : [] });
    } else {
      await visits[action]({ id });
    }
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof TRPCError && error.cause instanceof ZodError) return { formError: error.cause.issues[0]?.message ?? "Check the form." };
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { formError: error.message };
    console.error("visit action failed:", error instanceof Error ? error.name : typeof error);
    return { formError: "That did not work. Please try again in a moment." };
  }
  revalidatePath(`/visits/${id}`);
  redirect(`/visits/${id}?done=${action}`);
}

export type RescheduleField = "start";
export type RescheduleState = FormFeedback<RescheduleField>;

/** Moves the visit to the chosen free time (the API re-checks it, emails the patient, records waivers). */
export async function rescheduleVisitAction(_previous: RescheduleState, form: FormData): Promise<RescheduleState> {
  const id = text(form, "id");
  const parsed = rescheduleChoice.safeParse({ start: text(form, "start") });
  if (!parsed.success) return { fieldErrors: { start: parsed.error.issues[0]?.message } };
  const waived = form.getAll("waive").filter((value): value is string => typeof value === "string");
  try {
    await (await getCaller()).visits.reschedule({ id, start: parsed.data.start, overrides: waived as never });
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof TRPCError && error.cause instanceof ZodError) return { formError: error.cause.issues[0]?.message ?? "Check the new time." };
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { formError: error.message };
    console.error("rescheduling a visit failed:", error instanceof Error ? error.name : typeof error);
    return { formError: "The visit could not be moved. Please try again in a moment." };
  }
  revalidatePath(`/visits/${id}`);
  redirect(`/visits/${id}?done=rescheduled`);
}
