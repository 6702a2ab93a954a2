/** What the article page says after a review step or a restore redirected back to it (`?done=`). */
const STEP_DONE: Record<string, string> = {
  submit: "Submitted for medical review.",
  sendBack: "Sent back to the editors as a draft.",
  approve: "Approved and published. The patient site shows it now.",
  archive: "Archived: the article is no longer on the patient site.",
  restore: "Restored as a new draft. Submit it for review to publish it.",
};

export function stepMessage(step: string | undefined): string | null {
  return step && Object.hasOwn(STEP_DONE, step) ? STEP_DONE[step]! : null;
}
