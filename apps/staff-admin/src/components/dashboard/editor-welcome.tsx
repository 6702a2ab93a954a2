import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";

/** The content editor's start page: the health library tools come later, and patient data is not theirs to see. */
export function EditorWelcome({ name }: { name: string }) {
  return (
    <>
      <PageHeader title={`Welcome, ${name}`} description="You are signed in as a content editor." />
      <Card className="max-w-2xl">
        <p>
          Editing the health library from here is coming soon. Your role does not include patient records or the
          appointment schedule, so those areas are not shown.
        </p>
      </Card>
    </>
  );
}
