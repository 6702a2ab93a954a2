import { assessArticle } from "@clinic/domain/content/assess-article";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "~/auth";
import { getCaller } from "~/trpc/server";
import { ArticleForm } from "../article-form";
import { EMPTY_CITATION_ROWS } from "../article-form-data";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  await requireStaff(rolesThatMay("articles.edit"));
  const caller = await getCaller();
  const [{ services }, articles] = await Promise.all([caller.settings.catalogue(), caller.library.list()]);
  return (
    <>
      <p className="mb-4">
        <Link href="/library">Back to the health library</Link>
      </p>
      <PageHeader title="New article" description="A draft only staff see. Submit it for medical review when it is ready." />
      <ArticleForm
        articleId={null}
        initial={{ values: { kind: "condition", citationRows: String(EMPTY_CITATION_ROWS + 1) } }}
        initialPreviewHtml=""
        initialAssessment={assessArticle({ kind: "condition", summary: "", bodyMarkdown: "", citations: [] })}
        services={services.filter((service) => service.active).map((service) => ({ id: service.id, name: service.name }))}
        articles={articles.filter((article) => article.status !== "archived").map((article) => ({ id: article.id, name: article.title }))}
        published={false}
      />
    </>
  );
}
