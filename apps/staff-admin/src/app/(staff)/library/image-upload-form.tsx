"use client";

import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { Input } from "@clinic/ui/input";
import { useActionState, useEffect, useRef, useSyncExternalStore } from "react";
import { uploadImageAction, type ImageUploadState } from "./image-actions";

const noSubscription = () => () => {};

const FILE_HINT = "A JPEG, PNG or WebP image of at most 5 MB.";
const ALT_HINT = "What the image shows, for people who cannot see it (required).";

/**
 * Uploads an image for the article and gives back its Markdown. Without JavaScript the editor copies
 * the line into the text; with it, "Insert into the text" puts it at the cursor of the body field.
 */
export function ImageUploadForm({ bodyFieldId }: { bodyFieldId: string }) {
  const [state, formAction, pending] = useActionState<ImageUploadState, FormData>(uploadImageAction, {});
  const resultHeading = useRef<HTMLHeadingElement>(null);
  // "Insert" needs script: without it the page offers only the line to copy.
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  useEffect(() => {
    if (state.markdown) resultHeading.current?.focus();
  }, [state.markdown]);
  const errors = state.fieldErrors ?? {};

  function insert() {
    const body = document.getElementById(bodyFieldId);
    if (!(body instanceof HTMLTextAreaElement) || !state.markdown) return;
    body.setRangeText(`\n\n${state.markdown}\n\n`, body.selectionStart, body.selectionEnd, "end");
    // The editor's autosave and preview listen for input events.
    body.dispatchEvent(new Event("input", { bubbles: true }));
    body.focus();
  }

  return (
    <section aria-labelledby="image-upload-title" className="mt-8">
      <h2 id="image-upload-title" className="mb-4 text-xl font-semibold">
        Add an image
      </h2>
      <form action={formAction} encType="multipart/form-data" className="flex max-w-xl flex-col gap-4">
        {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
        <Field id="image-file" label="Image" hint={FILE_HINT} error={errors.file} required>
          <Input
            id="image-file"
            name="file"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            required
            invalid={Boolean(errors.file)}
            aria-describedby={fieldDescribedBy("image-file", { error: errors.file, hint: FILE_HINT })}
          />
        </Field>
        <Field id="image-alt" label="Description (alt text)" hint={ALT_HINT} error={errors.alt} required>
          <Input
            id="image-alt"
            name="alt"
            maxLength={300}
            required
            defaultValue={state.alt ?? ""}
            key={state.markdown ?? state.alt ?? ""}
            invalid={Boolean(errors.alt)}
            aria-describedby={fieldDescribedBy("image-alt", { error: errors.alt, hint: ALT_HINT })}
          />
        </Field>
        <div>
          <Button type="submit" loading={pending}>
            Upload image
          </Button>
        </div>
      </form>
      {state.markdown ? (
        <div className="mt-4 flex max-w-xl flex-col gap-2">
          <h3 ref={resultHeading} tabIndex={-1} className="font-semibold">
            Image uploaded
          </h3>
          <label htmlFor="image-markdown" className="text-sm">
            Put this line in the text where the image belongs:
          </label>
          <Input id="image-markdown" readOnly value={state.markdown} className="font-mono text-sm" />
          {scripted ? (
            <div>
              <Button type="button" variant="secondary" onClick={insert}>
                Insert into the text
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
