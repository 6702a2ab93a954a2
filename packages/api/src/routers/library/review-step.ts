import type { Executor } from "@clinic/db/client";
import { lockReviewSituation } from "@clinic/db/queries/article-editing";
import { findProviderIdOfUser } from "@clinic/db/queries/staff-providers";
import { refusalOfReviewStep, type ReviewStep } from "@clinic/domain/content/review-workflow";
import { NotFound } from "@clinic/domain/errors/domain-error";
import type { StaffUser } from "../../trpc";
import { claimVersion } from "./editing-context";

/**
 * Load → decide for every review step: lock the article, check the form's version, ask the domain
 * whether this person may take `step` now. The caller records the step and its audit event.
 */
export async function decideReviewStep(tx: Executor, user: StaffUser, input: { id: string; version: number }, step: ReviewStep) {
  const situation = await lockReviewSituation(tx, input.id);
  if (!situation) throw new NotFound("That article");
  const providerId = step === "approve" ? await findProviderIdOfUser(tx, user.id) : null;
  const refusal = refusalOfReviewStep(step, {
    status: situation.article.status,
    latest: situation.latest,
    actor: { userId: user.id, role: user.role, providerId },
    authorsSinceApproval: situation.authorsSinceApproval,
  });
  if (refusal) throw refusal;
  const claimed = await claimVersion(tx, input.id, input.version);
  return { ...situation, providerId, version: claimed.version };
}
