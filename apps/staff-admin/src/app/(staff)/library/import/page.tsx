import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "~/auth";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import from a web page" };

export default async function ImportArticlePage() {
  await requireStaff(rolesThatMay("articles.edit"));
  return (
    <>
      <p className="mb-4">
        <Link href="/library">Back to the health library</Link>
      </p>
      <PageHeader title="Import from a web page" description="Paste the text of an existing page: you get a draft with its headings and lists, ready to edit." />
      <ImportForm />
    </>
  );
}
