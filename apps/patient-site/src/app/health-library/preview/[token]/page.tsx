import { Alert } from "@clinic/ui/alert";
import { ArticleView } from "~/components/article-view";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { getCaller } from "~/trpc/server";

export const dynamic = "force-dynamic";

// Never indexed, never cached by a shared cache: the link is a private, expiring look at unpublished text.
export const metadata: Metadata = { title: "Draft preview", robots: { index: false, follow: false, nocache: true } };

type Props = { params: Promise<{ token: string }> };

const STATE_WORDS = { draft: "a draft", in_review: "waiting for medical review", approved: "an approved revision" } as const;

export default async function DraftPreviewPage({ params }: Props) {
  const { token } = await params;
  let revision;
  try {
    revision = await (await getCaller()).articles.preview({ token: decodeURIComponent(token) });
  } catch (error) {
    if (!(error instanceof TRPCError) || error.code === "INTERNAL_SERVER_ERROR") throw error;
    return (
      <div className="mx-auto max-w-2xl">
        <h1 className="text-3xl font-semibold tracking-tight">Preview not available</h1>
        <p className="mt-4 text-muted">{error.message}</p>
      </div>
    );
  }
  return (
    <article className="mx-auto max-w-3xl">
      <Alert tone="warning" title="Draft preview — not published">
        This is revision {revision.number}, {STATE_WORDS[revision.state]}. Patients cannot see it, and it has not necessarily been medically reviewed.
      </Alert>
      <header className="mt-6 border-b border-line pb-6">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">{revision.title}</h1>
        <p className="mt-3 text-lg text-muted">{revision.summary}</p>
      </header>
      <ArticleView bodyMarkdown={revision.bodyMarkdown} citations={revision.citations} />
    </article>
  );
}
