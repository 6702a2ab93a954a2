import { describe, expect, it } from "vitest";
import { addMonths, refusalOfReviewStep, reviewDueness, statusAfter, type ReviewSituation } from "./review-workflow";

const editor = { userId: "editor-1", role: "content_editor" as const };
const provider = { userId: "provider-1", role: "provider" as const, providerId: "p-1" };
const admin = { userId: "admin-1", role: "admin" as const, providerId: "p-2" };

function situation(overrides: Partial<ReviewSituation>): ReviewSituation {
  return { status: "in_review", latest: { state: "in_review", kind: "condition" }, actor: provider, authorsSinceApproval: [editor.userId], ...overrides };
}

describe("refusalOfReviewStep", () => {
  it("lets a provider or an administrator approve someone else's text, never an editor", () => {
    expect(refusalOfReviewStep("approve", situation({ actor: provider }))).toBeNull();
    expect(refusalOfReviewStep("approve", situation({ actor: admin }))).toBeNull();
    expect(refusalOfReviewStep("approve", situation({ actor: editor, authorsSinceApproval: ["someone-else"] }))?.kind).toBe("forbidden");
  });

  it("refuses approval by anyone who wrote any revision since the last approval", () => {
    const refusal = refusalOfReviewStep("approve", situation({ actor: admin, authorsSinceApproval: [editor.userId, admin.userId] }));
    expect(refusal?.name).toBe("OwnTextNotApprovable");
    expect(refusal?.message).toMatch(/you wrote part of this text/i);
    // Sending one's own text back is allowed: it publishes nothing.
    expect(refusalOfReviewStep("sendBack", situation({ actor: admin, authorsSinceApproval: [admin.userId] }))).toBeNull();
  });

  it("approves only text submitted for review", () => {
    expect(refusalOfReviewStep("approve", situation({ latest: { state: "draft", kind: "condition" } }))?.message).toMatch(/submitted for review/);
    expect(refusalOfReviewStep("approve", situation({ latest: { state: "approved", kind: "condition" } }))?.kind).toBe("conflict");
  });

  it("submits drafts only, by editors or administrators", () => {
    expect(refusalOfReviewStep("submit", situation({ actor: editor, latest: { state: "draft", kind: "condition" }, status: "draft" }))).toBeNull();
    expect(refusalOfReviewStep("submit", situation({ actor: editor, latest: { state: "in_review", kind: "condition" } }))?.message).toMatch(/already waiting/);
    expect(refusalOfReviewStep("submit", situation({ actor: provider, latest: { state: "draft", kind: "condition" } }))?.kind).toBe("forbidden");
  });

  it("archives published articles only", () => {
    expect(refusalOfReviewStep("archive", situation({ actor: editor, status: "published", latest: { state: "approved", kind: "condition" } }))).toBeNull();
    expect(refusalOfReviewStep("archive", situation({ actor: editor, status: "draft", latest: { state: "draft", kind: "condition" } }))?.kind).toBe("conflict");
  });
});

describe("clinician sign-off", () => {
  it("needs a provider profile to approve a condition or treatment, not a clinic page", () => {
    const adminWithoutProfile = { userId: "admin-2", role: "admin" as const, providerId: null };
    expect(refusalOfReviewStep("approve", situation({ actor: adminWithoutProfile }))?.message).toMatch(/clinician/);
    expect(refusalOfReviewStep("approve", situation({ actor: adminWithoutProfile, latest: { state: "in_review", kind: "page" } }))).toBeNull();
  });
});

describe("statusAfter", () => {
  it("keeps a live article published while its next revision is in review", () => {
    expect(statusAfter("submit", "draft")).toBe("in_review");
    expect(statusAfter("submit", "published")).toBe("published");
    expect(statusAfter("sendBack", "in_review")).toBe("draft");
    expect(statusAfter("sendBack", "published")).toBe("published");
    expect(statusAfter("approve", "archived")).toBe("published");
    expect(statusAfter("archive", "published")).toBe("archived");
  });
});

describe("review dates", () => {
  it("adds months and clamps to the end of a shorter month", () => {
    expect(addMonths("2026-11-26", 12)).toBe("2027-11-26");
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2028-02-29", 12)).toBe("2029-02-28");
  });

  it("sorts reviews into overdue, due within 30 days, and later", () => {
    expect(reviewDueness("2026-11-25", "2026-11-26")).toBe("overdue");
    expect(reviewDueness("2026-11-26", "2026-11-26")).toBe("due_soon");
    expect(reviewDueness("2026-12-26", "2026-11-26")).toBe("due_soon");
    expect(reviewDueness("2026-12-27", "2026-11-26")).toBe("later");
  });
});
