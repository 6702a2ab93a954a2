import { verifyPreview } from "@clinic/auth/revalidate-signature";
import { findRevisionForPreview } from "@clinic/db/queries/article-editing";
import { DomainError } from "@clinic/domain/errors/domain-error";
import { z } from "zod";
import { publicProcedure } from "../../trpc";
import { articlePreviewDto } from "./dto";

class PreviewLinkInvalid extends DomainError {
  constructor() {
    super("not_found", "This preview link has expired or is not valid. Ask the editor for a new one.");
    this.name = "PreviewLinkInvalid";
  }
}

/**
 * A revision of an article (usually an unapproved draft) behind a signed link that expires after an hour
 * (docs/decisions/0079). Only the patient site's server holds the secret: over HTTP every link is refused.
 */
export const preview = publicProcedure
  .input(z.object({ token: z.string().max(200) }))
  .output(articlePreviewDto)
  .query(async ({ ctx, input }) => {
    const revisionId = ctx.previewSecret ? verifyPreview(ctx.previewSecret, input.token, Date.now()) : null;
    if (!revisionId) throw new PreviewLinkInvalid();
    const revision = await findRevisionForPreview(ctx.db, revisionId);
    if (!revision) throw new PreviewLinkInvalid();
    const { number, slug, kind, title, summary, bodyMarkdown, citations, state } = revision;
    return { number, slug, kind, title, summary, bodyMarkdown, citations, state };
  });
