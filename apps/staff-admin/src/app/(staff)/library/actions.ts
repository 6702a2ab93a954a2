"use server";

import { postedText } from "@clinic/auth/sign-in-form";
import type { StaffRouter } from "@clinic/api/staff-router";
import type { inferRouterOutputs } from "@trpc/server";
import type { ArticleKind } from "@clinic/domain/content/article-kind";
import { IMPORT_TEXT_MAX_CHARS } from "@clinic/domain/content/import-text";
import { DomainError } from "@clinic/domain/errors/domain-error";
import { renderArticleMarkdown } from "@clinic/ui/markdown";
import { TRPCError } from "@trpc/server";
import { redirect, unstable_rethrow } from "next/navigation";
import { ZodError } from "zod";
import { getSessionUser, requireStaff } from "~/auth";
import { refreshPatientPages } from "~/lib/patient-site";
import { getCaller } from "~/trpc/server";
import { articleFormValues, fieldErrorsOf, parseArticleForm, type ArticleFormValues } from "./article-form-data";

type LibraryWriteDto = inferRouterOutputs<StaffRouter>["library"]["save"];

export type ArticleFormState = {
  formError?: string;
  fieldErrors?: Record<string, string>;
  values: ArticleFormValues;
  /** The article's version the form now edits (hidden field), bumped by every save. */
  version?: number;
  saved?: { revisionNumber: number | null; autosave: boolean; at: string };
  /** Someone else saved in between: the form keeps this person's text and says so. */
  conflict?: boolean;
};

export type StepState = { formError?: string; done?: string };

/** A refusal from the API as the form shows it; anything unexpected becomes one calm sentence. */
function refusal(error: unknown): Pick<ArticleFormState, "formError" | "fieldErrors" | "conflict"> {
  if (error instanceof TRPCError && error.cause instanceof ZodError) return { fieldErrors: fieldErrorsOf(error.cause) };
  // Refusals about one field go beside it; a version conflict ("version") stays a form-level message.
  const field = error instanceof TRPCError && error.cause instanceof DomainError ? error.cause.details?.field : undefined;
  if (field === "slug" || field === "text") return { fieldErrors: { [field]: (error as TRPCError).message } };
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { formError: error.message, conflict: error.code === "CONFLICT" };
  console.error("saving an article failed:", error instanceof Error ? error.name : typeof error);
  return { formError: "We could not save the article. Your text is still here: please try again in a moment." };
}

async function afterWrite(result: LibraryWriteDto): Promise<void> {
  await refreshPatientPages(result.refresh);
}

/** Creates (then opens) or saves an article; `autosave=1` marks a save the browser made while the editor typed. */
export async function saveArticleAction(previous: ArticleFormState, form: FormData): Promise<ArticleFormState> {
  const values = articleFormValues(form);
  const id = postedText(form, "id");
  const autosave = postedText(form, "autosave") === "1";
  const parsed = parseArticleForm(values);
  if ("fieldErrors" in parsed) return { ...previous, values, fieldErrors: parsed.fieldErrors, formError: undefined, conflict: false };
  // A background save must not navigate away from unsaved text; a deliberate save goes to sign-in (and back).
  if (autosave && !(await getSessionUser())) {
    return { ...previous, values, formError: "You were signed out, so this was not saved. Sign in again in another tab, then save: your text is still here." };
  }
  let result: LibraryWriteDto;
  try {
    const library = (await getCaller()).library;
    if (!id) result = await library.create({ draft: parsed.draft });
    else result = await library.save({ id, version: Number(postedText(form, "version")), draft: parsed.draft, autosave });
  } catch (error) {
    unstable_rethrow(error);
    return { ...previous, values, ...refusal(error) };
  }
  await afterWrite(result);
  if (!id) redirect(`/library/${result.id}?created=1`);
  return { values, version: result.version, saved: { revisionNumber: result.revisionNumber, autosave, at: new Date().toISOString() } };
}

/** One review step (submit, send back, approve, archive) posted from the article's page. */
export async function reviewStepAction(_previous: StepState, form: FormData): Promise<StepState> {
  const step = postedText(form, "step");
  const input = { id: postedText(form, "id"), version: Number(postedText(form, "version")) };
  let result: LibraryWriteDto;
  try {
    const library = (await getCaller()).library;
    if (step === "submit") result = await library.submit(input);
    else if (step === "sendBack") result = await library.sendBack(input);
    else if (step === "approve") result = await library.approve({ ...input, nextReviewMonths: Number(postedText(form, "nextReviewMonths")) || undefined });
    else if (step === "archive") result = await library.archive(input);
    else return { formError: "That step is not known. Reload the page and try again." };
  } catch (error) {
    unstable_rethrow(error);
    const { formError, fieldErrors } = refusal(error);
    return { formError: formError ?? Object.values(fieldErrors ?? {})[0] };
  }
  await afterWrite(result);
  // `v` restarts the editor form at the step's new version (the page keys the form by it).
  redirect(`/library/${input.id}?done=${step}&v=${result.version}`);
}

export type ImportFormState = { formError?: string; fieldErrors?: Record<string, string>; text?: string; kind?: string };

/** Creates a draft from text pasted from a web page, then opens it in the editor. */
export async function importArticleAction(_previous: ImportFormState, form: FormData): Promise<ImportFormState> {
  const text = typeof form.get("text") === "string" ? (form.get("text") as string) : "";
  const kind = postedText(form, "kind");
  let result: LibraryWriteDto;
  try {
    result = await (await getCaller()).library.importDraft({ text, kind: kind as ArticleKind });
  } catch (error) {
    unstable_rethrow(error);
    const { formError, fieldErrors } = refusal(error);
    // The pasted text comes back only when it fits: a huge paste is not sent to the browser twice.
    return { formError, fieldErrors, kind, text: text.length <= IMPORT_TEXT_MAX_CHARS ? text : "" };
  }
  await afterWrite(result);
  redirect(`/library/${result.id}?imported=1`);
}

/** Restores an earlier revision as the new draft, then shows the editor. */
export async function restoreRevisionAction(_previous: StepState, form: FormData): Promise<StepState> {
  const id = postedText(form, "id");
  let version: number;
  try {
    const result = await (await getCaller()).library.restore({ id, version: Number(postedText(form, "version")), number: Number(postedText(form, "number")) });
    await afterWrite(result);
    version = result.version;
  } catch (error) {
    unstable_rethrow(error);
    const { formError } = refusal(error);
    return { formError: formError ?? "That revision could not be restored." };
  }
  redirect(`/library/${id}?done=restore&v=${version}`);
}

/** The editor's live preview: the patient site's own renderer and sanitizer, on the server. */
export async function previewMarkdownAction(markdown: string): Promise<string> {
  await requireStaff();
  return renderArticleMarkdown(typeof markdown === "string" ? markdown.slice(0, 100_000) : "");
}
