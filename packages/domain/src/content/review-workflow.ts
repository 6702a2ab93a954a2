import { CLINIC_PROFILE } from "../clinic/clinic-profile";
import { DomainError } from "../errors/domain-error";
import type { StaffRole } from "../people/roles";
import { staffMay } from "../people/staff-permissions";
import type { ArticleKind, ArticleStatus, RevisionState } from "./article-kind";

/** Kinds whose page says "Medically reviewed by <clinician>": their approver needs a provider profile. */
export const MEDICALLY_REVIEWED_KINDS: readonly ArticleKind[] = ["condition", "treatment"];

/** Steps an article's latest revision goes through (issue #11 §2); each one is audited. */
export const REVIEW_STEPS = ["submit", "approve", "sendBack", "archive"] as const;
export type ReviewStep = (typeof REVIEW_STEPS)[number];

/** What a step needs to know about the article, its latest revision and who is asking. */
export type ReviewSituation = {
  status: ArticleStatus;
  latest: { state: RevisionState; kind: ArticleKind };
  /** `providerId`: the actor's provider profile, whose name and title the patient page shows as reviewer. */
  actor: { userId: string; role: StaffRole; providerId?: string | null };
  /** Who wrote the revisions since the last approval: the text a reviewer would be signing off. */
  authorsSinceApproval: readonly string[];
};

/** Months until a newly approved article is due for its next medical review, unless the reviewer says otherwise. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

/** Reviews due this many days ahead show on the staff dashboard beside the overdue ones. */
export const REVIEW_DUE_WINDOW_DAYS = 30;

export class ReviewStepRefused extends DomainError {
  constructor(message: string, step: ReviewStep) {
    super("conflict", message, { step });
    this.name = "ReviewStepRefused";
  }
}

export class OwnTextNotApprovable extends DomainError {
  constructor() {
    super("forbidden", "You wrote part of this text, so another provider or an administrator must approve it.");
    this.name = "OwnTextNotApprovable";
  }
}

export class MayNotReview extends DomainError {
  constructor(step: ReviewStep) {
    super(
      "forbidden",
      step === "approve" || step === "sendBack"
        ? "Only a provider or an administrator may approve medical content or send it back."
        : "Only a content editor or an administrator may do this.",
    );
    this.name = "MayNotReview";
  }
}

/**
 * Why `step` may not be taken now, or null when it may. The rules: an editor submits a draft for
 * review; a provider or administrator approves it (publishing it) or sends it back, never for text
 * they wrote since the last approval; a published article may be archived. A live article keeps its
 * published text while its next revision is drafted and reviewed.
 */
export function refusalOfReviewStep(step: ReviewStep, situation: ReviewSituation): DomainError | null {
  const { status, latest, actor } = situation;
  switch (step) {
    case "submit":
      if (!staffMay(actor.role, "articles.edit")) return new MayNotReview(step);
      if (latest.state === "in_review") return new ReviewStepRefused("This text is already waiting for medical review.", step);
      if (latest.state === "approved") return new ReviewStepRefused("This text is already approved; save a change to start a new revision.", step);
      return null;
    case "approve":
    case "sendBack":
      if (!staffMay(actor.role, "articles.approve")) return new MayNotReview(step);
      if (latest.state !== "in_review") return new ReviewStepRefused("Only text submitted for review can be approved or sent back.", step);
      if (step === "approve" && situation.authorsSinceApproval.includes(actor.userId)) return new OwnTextNotApprovable();
      if (step === "approve" && MEDICALLY_REVIEWED_KINDS.includes(latest.kind) && !actor.providerId) {
        return new ReviewStepRefused("Conditions and treatments are approved by a clinician whose name the page shows: ask a provider to review it.", step);
      }
      return null;
    case "archive":
      if (!staffMay(actor.role, "articles.edit")) return new MayNotReview(step);
      if (status !== "published") return new ReviewStepRefused("Only a published article can be archived.", step);
      return null;
  }
}

/** The article's status after `step`: approval publishes; submitting a never-published draft puts the article in review. */
export function statusAfter(step: ReviewStep, status: ArticleStatus): ArticleStatus {
  switch (step) {
    case "submit":
      return status === "draft" ? "in_review" : status;
    case "sendBack":
      return status === "in_review" ? "draft" : status;
    case "approve":
      return "published";
    case "archive":
      return "archived";
  }
}

/** Adds whole months to a calendar date (YYYY-MM-DD), clamping to the month's last day (Jan 31 + 1 → Feb 28). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whether a review is overdue, due within the window, or not yet due, on `today` (YYYY-MM-DD). */
export function reviewDueness(nextReviewOn: string, today: string): "overdue" | "due_soon" | "later" {
  if (nextReviewOn < today) return "overdue";
  const windowEnd = new Date(`${today}T00:00:00Z`);
  windowEnd.setUTCDate(windowEnd.getUTCDate() + REVIEW_DUE_WINDOW_DAYS);
  return nextReviewOn <= windowEnd.toISOString().slice(0, 10) ? "due_soon" : "later";
}

/** Review and publication dates are calendar days at the clinic's home (Austin), where the editors work. */
export const EDITORIAL_TIME_ZONE = CLINIC_PROFILE.timeZone;

/** Someone saved the article after this form was opened: the save is refused, never merged or overwritten. */
export class ArticleChangedMeanwhile extends DomainError {
  constructor(savedBy: string | null) {
    super(
      "conflict",
      `${savedBy ?? "Someone else"} changed this article after you opened it, so your changes were not saved. Copy what you wrote, reload the page, and apply it to the newer text.`,
      { field: "version" },
    );
    this.name = "ArticleChangedMeanwhile";
  }
}

/** An address must stay unique, former addresses included (they redirect to their article). */
export class ArticleSlugTaken extends DomainError {
  constructor(slug: string) {
    super("conflict", `Another article uses or used the address “${slug}”. Choose another.`, { field: "slug" });
    this.name = "ArticleSlugTaken";
  }
}

/** The patient-site pages that show an article at `slugs` (current and former): refreshed after it changes. */
export function pagesShowingArticle(...slugs: string[]): string[] {
  return [...new Set(["/", "/health-library", "/sitemap.xml", ...slugs.map((slug) => `/health-library/${slug}`)])];
}
