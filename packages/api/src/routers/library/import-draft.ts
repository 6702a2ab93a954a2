import { recordAudit } from "@clinic/db/queries/audit";
import { insertArticleDraft, slugBelongsToAnotherArticle } from "@clinic/db/queries/article-editing";
import { draftFromImport, importedSlugCandidates, importPastedText, importTextInput } from "@clinic/domain/content/import-text";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { randomBytes } from "node:crypto";
import { staffProcedure } from "../../trpc";
import { libraryWriteDto } from "./dto";

/**
 * Creates a draft from text pasted from a web page (headings and lists detected by the domain's import),
 * exactly as `create` does: revision 1, only staff see it, audited as a creation.
 */
export const importDraft = staffProcedure(rolesThatMay("articles.edit"))
  .input(importTextInput)
  .output(libraryWriteDto)
  .mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const [own, unique] = importedSlugCandidates(importPastedText(input.text).title, randomBytes(3).toString("hex"));
      const slug = (await slugBelongsToAnotherArticle(tx, own, null)) ? unique : own;
      const draft = draftFromImport(input, slug);
      const created = await insertArticleDraft(tx, draft, ctx.user.id);
      await recordAudit(tx, ctx, {
        action: "article.created",
        patientId: null,
        metadata: { articleId: created.articleId, revision: 1, importedChars: input.text.length },
      });
      return { id: created.articleId, version: created.version, status: "draft" as const, revisionNumber: created.revision.number, refresh: [] };
    }),
  );
