"use client";

import { contactFormInput } from "@clinic/domain/people/contact-details";
import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";
import { Card } from "@clinic/ui/card";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { useFormFeedback } from "@clinic/ui/form-feedback";
import { Input } from "@clinic/ui/input";
import { useActionState } from "react";
import { updateContactAction, type ContactFormState } from "./actions";

const FIELDS = ["name", "phone", "dateOfBirth"] as const;
const PHONE_HINT = "We call or text only about your appointments.";
const DOB_HINT = "Helps us make sure we have the right records.";

export type ContactDetails = { name: string; email: string; phone: string | null; dateOfBirth: string | null };

/** Posted to its server action by React, so it works before and without JavaScript. */
export function ContactDetailsForm({ profile }: { profile: ContactDetails }) {
  const initial: ContactFormState = {
    values: { name: profile.name, phone: profile.phone ?? "", dateOfBirth: profile.dateOfBirth ?? "" },
  };
  const [outcome, formAction, pending] = useActionState(updateContactAction, initial);
  const { formRef, onSubmit, errors, formError } = useFormFeedback(contactFormInput, FIELDS, outcome);
  const values = outcome.values ?? {};

  return (
    <Card className="max-w-xl">
      <form
        ref={formRef}
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        className="flex flex-col gap-5"
        aria-describedby={formError ? "profile-form-error" : undefined}
      >
        {formError ? (
          <div id="profile-form-error" data-form-error tabIndex={-1}>
            <Alert tone="error">{formError}</Alert>
          </div>
        ) : null}
        {outcome.saved ? (
          <div role="status">
            <Alert tone="success">Your details were saved.</Alert>
          </div>
        ) : null}

        <Field id="name" label="Full name" error={errors.name} required>
          <Input
            id="name"
            name="name"
            autoComplete="name"
            required
            defaultValue={values.name}
            invalid={Boolean(errors.name)}
            aria-describedby={fieldDescribedBy("name", { error: errors.name })}
          />
        </Field>

        <Field id="email" label="Email" hint="To change your email, please call the clinic.">
          <Input id="email" type="email" value={profile.email} readOnly aria-describedby="email-hint" />
        </Field>

        <Field id="phone" label="Phone" hint={PHONE_HINT} error={errors.phone}>
          <Input
            id="phone"
            name="phone"
            type="tel"
            autoComplete="tel"
            defaultValue={values.phone}
            invalid={Boolean(errors.phone)}
            aria-describedby={fieldDescribedBy("phone", { error: errors.phone, hint: PHONE_HINT })}
          />
        </Field>

        <Field id="dateOfBirth" label="Date of birth" hint={DOB_HINT} error={errors.dateOfBirth}>
          <Input
            id="dateOfBirth"
            name="dateOfBirth"
            type="date"
            autoComplete="bday"
            defaultValue={values.dateOfBirth}
            invalid={Boolean(errors.dateOfBirth)}
            aria-describedby={fieldDescribedBy("dateOfBirth", { error: errors.dateOfBirth, hint: DOB_HINT })}
          />
        </Field>

        <div>
          <Button type="submit" loading={pending}>
            Save changes
          </Button>
        </div>
      </form>
    </Card>
  );
}
