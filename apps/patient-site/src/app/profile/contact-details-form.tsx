"use client";

import { updateContactInput, type UpdateContactInput } from "@clinic/domain/people/contact-details";
import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";
import { Card } from "@clinic/ui/card";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { Input } from "@clinic/ui/input";
import { useToast } from "@clinic/ui/toast";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTRPC } from "~/trpc/react";
import { applyServerFieldErrors } from "./server-field-errors";

const PHONE_HINT = "We call or text only about your appointments.";
const DOB_HINT = "Helps us make sure we have the right records.";

/** An empty text box means "no value": the schema's nullable fields expect null, not "". */
const emptyToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

export function ContactDetailsForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const { data: profile } = useSuspenseQuery(trpc.profile.me.queryOptions());
  const [formError, setFormError] = useState<string | null>(null);

  const form = useForm<UpdateContactInput>({
    resolver: zodResolver(updateContactInput),
    defaultValues: { name: profile.name, phone: profile.phone, dateOfBirth: profile.dateOfBirth },
  });
  const { errors } = form.formState;

  const updateContact = useMutation(
    trpc.profile.updateContact.mutationOptions({
      onSuccess: async (saved) => {
        setFormError(null);
        form.reset({ name: saved.name, phone: saved.phone, dateOfBirth: saved.dateOfBirth });
        queryClient.setQueryData(trpc.profile.me.queryKey(), saved);
        await queryClient.invalidateQueries({ queryKey: trpc.profile.pathKey() });
        toast({ title: "Your details were saved.", tone: "success" });
      },
      onError: (error) => {
        const mapped = applyServerFieldErrors(error.data?.zodError?.fieldErrors, form.setError);
        setFormError(mapped ? null : "We could not save your details. Please try again in a moment.");
      },
    }),
  );

  const onSubmit = form.handleSubmit((values) => updateContact.mutate(values));

  return (
    <Card className="max-w-xl">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-describedby={formError ? "profile-form-error" : undefined}>
        {formError ? (
          <div id="profile-form-error">
            <Alert tone="error">{formError}</Alert>
          </div>
        ) : null}

        <Field id="name" label="Full name" error={errors.name?.message} required>
          <Input
            id="name"
            autoComplete="name"
            required
            invalid={!!errors.name}
            aria-describedby={fieldDescribedBy("name", { error: errors.name?.message })}
            {...form.register("name")}
          />
        </Field>

        <Field id="email" label="Email" hint="To change your email, please call the clinic.">
          <Input id="email" type="email" value={profile.email} readOnly aria-describedby="email-hint" />
        </Field>

        <Field id="phone" label="Phone" hint={PHONE_HINT} error={errors.phone?.message}>
          <Input
            id="phone"
            type="tel"
            autoComplete="tel"
            invalid={!!errors.phone}
            aria-describedby={fieldDescribedBy("phone", { error: errors.phone?.message, hint: PHONE_HINT })}
            {...form.register("phone", { setValueAs: emptyToNull })}
          />
        </Field>

        <Field id="dateOfBirth" label="Date of birth" hint={DOB_HINT} error={errors.dateOfBirth?.message}>
          <Input
            id="dateOfBirth"
            type="date"
            autoComplete="bday"
            invalid={!!errors.dateOfBirth}
            aria-describedby={fieldDescribedBy("dateOfBirth", { error: errors.dateOfBirth?.message, hint: DOB_HINT })}
            {...form.register("dateOfBirth", { setValueAs: emptyToNull })}
          />
        </Field>

        <div>
          <Button type="submit" loading={updateContact.isPending}>
            Save changes
          </Button>
        </div>
      </form>
    </Card>
  );
}
