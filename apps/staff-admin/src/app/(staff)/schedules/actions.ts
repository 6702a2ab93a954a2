"use server";

import type { StaffRouter } from "@clinic/api/staff-router";
import { TRPCError, type inferRouterOutputs } from "@trpc/server";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { ZodError } from "zod";
import { requireStaff } from "~/auth";
import { changeFromForm, decisionsFromForm } from "~/lib/schedule-change-form";
import { getCaller } from "~/trpc/server";

export type SchedulePreview = inferRouterOutputs<StaffRouter>["schedules"]["preview"];

export type ChangeState = {
  stage: "edit" | "preview" | "saved";
  message?: string;
  formError?: string;
  preview?: SchedulePreview;
  /** The posted fields, shown again (no patient data: ids, dates and times only). */
  values?: Record<string, string>;
};

function postedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string" && !name.startsWith("$")) values[name] = value.slice(0, 300);
  return values;
}

/** One human sentence for a refused call; anything unexpected is logged by class only. */
function refusal(error: unknown): string {
  if (error instanceof TRPCError && error.cause instanceof ZodError) return error.cause.issues[0]?.message ?? "Check the form and try again.";
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return error.message;
  console.error("schedule change failed:", error instanceof Error ? error.name : typeof error);
  return "We could not do that just now. Please try again in a moment.";
}

/**
 * Previews a change (intent "preview") or saves it with staff's decision for each stranded visit
 * (intent "save"). A save refused because a visit still needs a decision shows the preview again.
 */
export async function scheduleChangeAction(_previous: ChangeState, form: FormData): Promise<ChangeState> {
  await requireStaff();
  const values = postedValues(form);
  const { change } = changeFromForm(form);
  const caller = await getCaller();
  const input = change as Parameters<typeof caller.schedules.preview>[0];
  if (form.get("intent") === "save") {
    let saved: ChangeState;
    try {
      const result = await caller.schedules.saveChange({ change: input, decisions: decisionsFromForm(form) });
      revalidatePath("/schedules");
      const visits = [result.kept ? `${result.kept} kept` : "", result.cancelled ? `${result.cancelled} cancelled (patients emailed)` : ""].filter(Boolean);
      saved = { stage: "saved", message: `Saved.${visits.length ? ` Visits: ${visits.join(", ")}.` : ""}` };
    } catch (error) {
      unstable_rethrow(error);
      const formError = refusal(error);
      if (!(error instanceof TRPCError && error.code === "CONFLICT")) return { stage: "edit", formError, values };
      try {
        return { stage: "preview", formError, preview: await caller.schedules.preview(input), values };
      } catch (again) {
        unstable_rethrow(again);
        return { stage: "edit", formError: refusal(again), values };
      }
    }
    // The removed closure's form goes with it from the list: the page says what happened instead.
    if (input.kind === "closure_removal") redirect("/schedules?removed=closure");
    return saved;
  }
  try {
    return { stage: "preview", preview: await caller.schedules.preview(input), values };
  } catch (error) {
    unstable_rethrow(error);
    return { stage: "edit", formError: refusal(error), values };
  }
}

export type RequestState = { message?: string; formError?: string; values?: Record<string, string> };

/** A provider asks for time off; it waits for an administrator. */
export async function requestTimeOffAction(_previous: RequestState, form: FormData): Promise<RequestState> {
  await requireStaff(["provider"]);
  const values = postedValues(form);
  const { change } = changeFromForm(form);
  const exception = (change as { exception: unknown; locationId: string | null }).exception;
  try {
    await (await getCaller()).schedules.requestTimeOff({
      locationId: (change as { locationId: string | null }).locationId,
      exception: exception as Parameters<Awaited<ReturnType<typeof getCaller>>["schedules"]["requestTimeOff"]>[0]["exception"],
    });
    revalidatePath("/schedules");
    return { message: "Request sent. An administrator will approve or decline it." };
  } catch (error) {
    unstable_rethrow(error);
    return { formError: refusal(error), values };
  }
}

/** An administrator declines a pending request. */
export async function declineTimeOffAction(form: FormData): Promise<void> {
  await requireStaff(["admin"]);
  const exceptionId = form.get("exceptionId");
  if (typeof exceptionId !== "string") return;
  try {
    await (await getCaller()).schedules.declineTimeOff({ exceptionId });
  } catch (error) {
    unstable_rethrow(error);
    console.error("declining time off failed:", error instanceof Error ? error.name : typeof error);
  }
  revalidatePath("/schedules");
}
