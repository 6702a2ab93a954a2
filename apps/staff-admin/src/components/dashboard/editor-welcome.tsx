import { buttonClasses } from "@clinic/ui/button";
import { PageHeader } from "@clinic/ui/page-header";
import Link from "next/link";
import { ReviewsDue } from "./reviews-due";

/** The content editor's start page: the health library's due reviews; patient data is not theirs to see. */
export function EditorWelcome({ name }: { name: string }) {
  return (
    <>
      <PageHeader
        title={`Welcome, ${name}`}
        description="You are signed in as a content editor: the health library is yours. Patient records and the schedule are not part of your role."
        actions={
          <Link href="/library" className={buttonClasses()}>
            Open the health library
          </Link>
        }
      />
      <ReviewsDue />
    </>
  );
}
