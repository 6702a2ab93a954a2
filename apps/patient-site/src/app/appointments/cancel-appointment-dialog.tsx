"use client";

import { formatInstantInZone } from "@clinic/domain/time/format-for-people";
import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";
import { Dialog } from "@clinic/ui/dialog";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { Textarea } from "@clinic/ui/textarea";
import { useToast } from "@clinic/ui/toast";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ChangePolicy } from "~/components/booking/change-policy";
import { REASON_MAX_LENGTH } from "@clinic/domain/appointments/booking-request";
import { useTRPC } from "~/trpc/react";
import type { PatientAppointment } from "./appointment-card";

const REASON_HINT = `Optional, up to ${REASON_MAX_LENGTH} characters. It helps us offer you a better time.`;

/** Asks before cancelling, shows the change policy and takes an optional reason. */
export function CancelAppointmentDialog({
  appointment,
  open,
  onClose,
  onCancelled,
}: {
  appointment: PatientAppointment;
  open: boolean;
  onClose: () => void;
  onCancelled: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const when = formatInstantInZone(appointment.startsAt, appointment.location.timeZone);
  const reasonId = `cancel-reason-${appointment.id}`;

  const cancel = useMutation(
    trpc.appointments.cancel.mutationOptions({
      onSuccess: async () => {
        setError(null);
        setReason("");
        onClose();
        toast({ title: "Your appointment was cancelled.", description: `${appointment.service.name}, ${when}.`, tone: "success" });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.appointments.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.availability.pathKey() }),
        ]);
        // After the list shows the cancellation (the Cancel button that had focus is gone by then).
        onCancelled();
      },
      onError: async (failure) => {
        setError(failure.message);
        // The refusal may mean the change window has just closed: show the card's current state.
        await queryClient.invalidateQueries({ queryKey: trpc.appointments.pathKey() });
      },
    }),
  );

  function close() {
    setError(null);
    onClose();
  }

  return (
    <Dialog open={open} onClose={close} title="Cancel this appointment?">
      <form
        method="post"
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          cancel.mutate({ id: appointment.id, reason: reason.trim() || undefined });
        }}
      >
        <p>
          <span className="font-medium">{appointment.service.name}</span> with {appointment.provider.name}, {when}, at{" "}
          {appointment.location.name}.
        </p>
        <div className="text-sm text-muted">
          <ChangePolicy change={appointment.change} location={appointment.location} />
        </div>
        <Field id={reasonId} label="Reason for cancelling (optional)" hint={REASON_HINT}>
          <Textarea
            id={reasonId}
            maxLength={REASON_MAX_LENGTH}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-describedby={fieldDescribedBy(reasonId, { hint: REASON_HINT })}
          />
        </Field>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="secondary" onClick={close}>
            Keep appointment
          </Button>
          <Button type="submit" variant="danger" loading={cancel.isPending}>
            Yes, cancel appointment
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
