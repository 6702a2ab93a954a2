"use client";

import { formatInstantInZone } from "@clinic/domain/time/format-for-people";
import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";
import { Dialog } from "@clinic/ui/dialog";
import { useToast } from "@clinic/ui/toast";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { SlotPicker, type Slot } from "~/components/booking/slot-picker";
import { StepHeading } from "~/components/booking/step-heading";
import { useTRPC } from "~/trpc/react";
import type { PatientOutputs } from "~/trpc/types";

type Appointment = PatientOutputs["appointments"]["byId"];

/**
 * The booking slot picker with the provider fixed; choosing a time asks for confirmation in a dialog,
 * then moves the visit in one step (the new time is taken and the old one freed together, or nothing
 * changes). A time taken meanwhile brings the picker back with fresh openings and the server's message.
 */
export function RescheduleFlow({ appointment }: { appointment: Appointment }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const toast = useToast();
  const { location } = appointment;
  const [date, setDate] = useState<string | undefined>();
  const [chosen, setChosen] = useState<Slot | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const timesHeading = useRef<HTMLHeadingElement>(null);

  const reschedule = useMutation(trpc.appointments.reschedule.mutationOptions());

  function moveTo(slot: Slot) {
    setDialogError(null);
    reschedule.mutate(
      { id: appointment.id, start: slot.start },
      {
        onSuccess: async (moved) => {
          setChosen(null);
          toast({
            title: "Your appointment was moved.",
            description: `${moved.service.name} is now ${formatInstantInZone(moved.startsAt, moved.location.timeZone)}.`,
            tone: "success",
          });
          await Promise.all([
            queryClient.invalidateQueries({ queryKey: trpc.appointments.pathKey() }),
            queryClient.invalidateQueries({ queryKey: trpc.availability.pathKey() }),
          ]);
          router.push("/appointments");
        },
        onError: async (error) => {
          if (error.data?.code === "CONFLICT") {
            // Taken meanwhile: fresh openings, the server's message, and focus back on the times.
            setChosen(null);
            setNotice(error.message);
            await queryClient.invalidateQueries({ queryKey: trpc.availability.search.pathKey() });
            timesHeading.current?.focus();
            return;
          }
          setDialogError(error.message);
        },
      },
    );
  }

  function closeDialog() {
    setChosen(null);
    setDialogError(null);
  }

  return (
    <section aria-labelledby="reschedule-heading">
      <StepHeading id="reschedule-heading" title="Choose a new day and time" />
      <SlotPicker
        serviceId={appointment.service.id}
        locationId={location.id}
        providerId={appointment.provider.id}
        timeZone={location.timeZone}
        date={date}
        onSelectDate={(next) => {
          setNotice(null);
          setDate(next);
        }}
        selectedTime={chosen?.start}
        onSelectTime={(slot) => {
          setNotice(null);
          setDialogError(null);
          setChosen(slot);
        }}
        reschedulingId={appointment.id}
        excludeStart={appointment.startsAt}
        timesHeadingRef={timesHeading}
        emptyHint={`call ${location.name} at ${location.phone} to see a different provider`}
        notice={notice ? <Alert tone="error" title="Please choose another time">{notice}</Alert> : null}
      />

      <Dialog open={chosen !== null} onClose={closeDialog} title="Move your appointment?">
        {chosen ? (
          <div className="flex flex-col gap-4">
            <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[5rem_1fr]">
              <dt className="font-medium text-muted">From</dt>
              <dd>
                <time dateTime={appointment.startsAt.toISOString()}>{formatInstantInZone(appointment.startsAt, location.timeZone)}</time>
              </dd>
              <dt className="font-medium text-muted">To</dt>
              <dd className="font-semibold">
                <time dateTime={chosen.start}>{formatInstantInZone(new Date(chosen.start), location.timeZone)}</time>
              </dd>
            </dl>
            <p className="text-sm text-muted">
              {appointment.service.name} with {appointment.provider.name} at {location.name}. We will email you the new time.
            </p>
            {dialogError ? <Alert tone="error">{dialogError}</Alert> : null}
            <div className="flex flex-wrap justify-end gap-3">
              <Button variant="secondary" onClick={closeDialog}>
                Keep the current time
              </Button>
              <Button
                loading={reschedule.isPending}
                onClick={() => moveTo(chosen)}
              >
                Yes, move my appointment
              </Button>
            </div>
          </div>
        ) : null}
      </Dialog>
    </section>
  );
}
