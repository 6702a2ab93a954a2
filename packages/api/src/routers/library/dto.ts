import { articleDraftSchema, citationSchema } from "@clinic/domain/content/article-draft";
import { ARTICLE_KINDS, ARTICLE_STATUSES, REVISION_STATES } from "@clinic/domain/content/article-kind";
import { freeText } from "@clinic/domain/text/free-text";
import { z } from "zod";

const articleId = z.uuid({ error: "That article was not found." });
/** The article's version the form was opened at: a save against an older one is refused, never merged. */
const version = z.number().int().min(1);

export const libraryListInput = z
  .object({
    status: z.enum(ARTICLE_STATUSES).optional(),
    kind: z.enum(ARTICLE_KINDS).optional(),
    text: freeText().trim().max(200, "Use fewer words: at most 200 characters.").optional(),
    reviewDue: z.boolean().optional(),
  })
  .optional();

export const libraryListItemDto = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  kind: z.enum(ARTICLE_KINDS),
  status: z.enum(ARTICLE_STATUSES),
  latestState: z.enum(REVISION_STATES),
  latestNumber: z.number().int(),
  reviewerName: z.string().nullable(),
  reviewedOn: z.string().nullable(),
  nextReviewOn: z.string().nullable(),
  updatedAt: z.date(),
});

export const revisionDto = z.object({
  id: z.uuid(),
  number: z.number().int(),
  slug: z.string(),
  kind: z.enum(ARTICLE_KINDS),
  title: z.string(),
  summary: z.string(),
  bodyMarkdown: z.string(),
  relatedServiceIds: z.array(z.uuid()),
  relatedArticleIds: z.array(z.uuid()),
  citations: z.array(citationSchema),
  state: z.enum(REVISION_STATES),
  autosaved: z.boolean(),
  restoredFromNumber: z.number().int().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  submittedAt: z.date().nullable(),
  approvedAt: z.date().nullable(),
  authorName: z.string().nullable(),
  submitterName: z.string().nullable(),
  approverName: z.string().nullable(),
  reviewerName: z.string().nullable(),
  reviewerTitle: z.string().nullable(),
});

export const libraryArticleDto = z.object({
  id: z.uuid(),
  slug: z.string(),
  status: z.enum(ARTICLE_STATUSES),
  version,
  publishedAt: z.date().nullable(),
  archivedAt: z.date().nullable(),
  reviewedOn: z.string().nullable(),
  nextReviewOn: z.string().nullable(),
  reviewerName: z.string().nullable(),
  reviewerTitle: z.string().nullable(),
  latest: revisionDto,
  revisions: z.array(revisionDto),
  /** What the editor may link to. */
  choices: z.object({
    services: z.array(z.object({ id: z.uuid(), name: z.string() })),
    articles: z.array(z.object({ id: z.uuid(), title: z.string() })),
  }),
  /** What this user may do next, as the domain decides it (the procedures decide again). */
  allowed: z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean(), sendBack: z.boolean(), archive: z.boolean() }),
  /** Why approving is refused for this user, in one sentence; null when it is allowed or not their role. */
  approveRefusal: z.string().nullable(),
});
export type LibraryArticleDto = z.infer<typeof libraryArticleDto>;

export const libraryGetInput = z.object({ id: articleId });
export const libraryCreateInput = z.object({ draft: articleDraftSchema });
export const librarySaveInput = z.object({ id: articleId, version, draft: articleDraftSchema, autosave: z.boolean().default(false) });
export const libraryStepInput = z.object({ id: articleId, version });
export const libraryApproveInput = libraryStepInput.extend({
  /** Months until the next medical review; 12 unless the reviewer chooses otherwise. */
  nextReviewMonths: z.number().int().min(1, "Choose between 1 and 24 months.").max(24, "Choose between 1 and 24 months.").optional(),
});
export const libraryRestoreInput = libraryStepInput.extend({ number: z.number().int().min(1) });

/** The result of any write: the new version for the form, and the patient-site paths to refresh now. */
export const libraryWriteDto = z.object({
  id: z.uuid(),
  version,
  status: z.enum(ARTICLE_STATUSES),
  revisionNumber: z.number().int().nullable(),
  refresh: z.array(z.string()),
});
export type LibraryWriteDto = z.infer<typeof libraryWriteDto>;

export const reviewDueDto = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: z.string(),
  kind: z.enum(ARTICLE_KINDS),
  nextReviewOn: z.string(),
  reviewerName: z.string().nullable(),
  dueness: z.enum(["overdue", "due_soon"]),
});
