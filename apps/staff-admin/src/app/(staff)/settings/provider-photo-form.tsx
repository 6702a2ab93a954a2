"use client";

import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";
import { Card } from "@clinic/ui/card";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { Input } from "@clinic/ui/input";
import Image from "next/image";
import { useActionState, useEffect, useRef } from "react";
import { providerPhotoAction, type ProviderPhotoState } from "./photo-actions";

type Photo = { url: string; width: number; height: number; alt: string };

const FILE_HINT = "A JPEG, PNG or WebP image of at most 5 MB; a square portrait looks best.";
const ALT_HINT = "Who the photo shows, for people who cannot see it. Left empty, it says \u201cPhoto of\u201d and the name.";

/**
 * The provider's portrait: upload (or replace) and remove, each a real POST form bound to a server
 * action, so both work without JavaScript. After either, focus moves to the heading that says so.
 */
export function ProviderPhotoForm({ providerId, providerName, photo }: { providerId: string; providerName: string; photo: Photo | null }) {
  const [state, formAction, pending] = useActionState<ProviderPhotoState, FormData>(providerPhotoAction, {});
  const heading = useRef<HTMLHeadingElement>(null);
  const done = state.done;
  useEffect(() => {
    if (state.done) heading.current?.focus();
  }, [state]);
  const errors = state.fieldErrors ?? {};

  return (
    <Card className="mb-8 max-w-3xl">
      <h2 id="provider-photo-title" ref={heading} tabIndex={-1} className="mb-4 text-xl font-semibold">
        {done === "saved" ? "Photo saved" : done === "removed" ? "Photo removed" : "Photo"}
      </h2>
      {photo ? (
        <div className="mb-4 flex flex-wrap items-end gap-4">
          {/* The staff-only /media route serves the original; no resizing needed for one preview. */}
          <Image unoptimized src={photo.url} alt={photo.alt} width={photo.width} height={photo.height} className="size-32 rounded-lg object-cover" />
          <p className="text-sm text-muted">Description: {photo.alt}</p>
          <form action={formAction}>
            <input type="hidden" name="providerId" value={providerId} />
            <input type="hidden" name="intent" value="remove" />
            <Button type="submit" variant="secondary" disabled={pending}>
              Remove photo
            </Button>
          </form>
        </div>
      ) : (
        <p className="mb-4 text-sm text-muted">No photo: patients see {providerName}&rsquo;s initials.</p>
      )}
      <form action={formAction} encType="multipart/form-data" className="flex flex-col gap-4">
        <input type="hidden" name="providerId" value={providerId} />
        <input type="hidden" name="intent" value="upload" />
        {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
        <Field id="photo-file" label={photo ? "New photo" : "Photo"} hint={FILE_HINT} error={errors.file} required>
          <Input
            id="photo-file"
            name="file"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            required
            invalid={Boolean(errors.file)}
            aria-describedby={fieldDescribedBy("photo-file", { error: errors.file, hint: FILE_HINT })}
          />
        </Field>
        <Field id="photo-alt" label="Description (alt text)" hint={ALT_HINT} error={errors.alt}>
          <Input
            id="photo-alt"
            name="alt"
            maxLength={300}
            defaultValue={state.alt ?? `Photo of ${providerName}`}
            key={`${done ?? ""}${state.alt ?? ""}`}
            invalid={Boolean(errors.alt)}
            aria-describedby={fieldDescribedBy("photo-alt", { error: errors.alt, hint: ALT_HINT })}
          />
        </Field>
        <div>
          <Button type="submit" disabled={pending}>
            {photo ? "Replace photo" : "Upload photo"}
          </Button>
        </div>
      </form>
    </Card>
  );
}
