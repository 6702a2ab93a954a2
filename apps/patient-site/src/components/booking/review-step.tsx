"use client";

import { Alert } from "@clinic/ui/alert";
import { Button, buttonClasses } from "@clinic/ui/button";
import { Card } from "@clinic/ui/card";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { Skeleton } from "@clinic/ui/skeleton";
import { Textarea } from "@clinic/ui/textarea";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useTRPC } from "~/trpc/react";
import { patientChangeWindow } from "@clinic/domain/scheduling/change-policy";
import { AppointmentSummary } from "./appointment-summary";
import { ChangePolicy } from "./change-policy";
import { attemptIdentity, bookingHref, type BookingSelection } from "./booking-selection";
import { createAttemptKeys } from "./idempotency-key";
import { REASON_MAX_LENGTH } from "@clinic/domain/appointments/booking-request";
import { placeName } from "./service-and-place-labels";
import { ResendVerificationForm } from "../account/resend-verification-form";

const REASON_HINT = `Optional, up to ${REASON_MAX_LENGTH} characters. It helps your clinician prepare; only your care team sees it.`;

type ReviewStepProps = {
  selection: Required<Pick<BookingSelection, "date" | "time">> & BookingSelection;
  service: { id: string; name: string; durationMinutes: number };
  location: { id: string; name: string; city: string; timeZone: string };
  /** A provider's id, or "any". */
  providerId: string;
  /** The service's online-change cutoff, so the patient knows before confirming (null while unknown). */
  changeCutoffMinutes: number | null;
  signedIn: boolean;
  /** Signed in, email not confirmed: booking waits for the link in the sign-up email. */
  emailUnconfirmed: boolean;
  /** The slot was taken or has gone: back to choosing a time, with the message shown there. */
  onSlotGone: (message: string) => void;
};

/**
 * The last step: what will be booked, an optional reason, and Confirm. Anonymous visitors are sent to
 * sign in or sign up and come back to this same URL. Each attempt has one idempotency key, kept when
 * the same choices are confirmed again (a retry after a network error books once).
 */
export function ReviewStep({ selection, service, location, providerId, changeCutoffMinutes, signedIn, emailUnconfirmed, onSlotGone }: ReviewStepProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [formError, setFormError] = useState<{ message: string; signIn?: boolean } | null>(null);
  const [booked, setBooked] = useState(false);
  const [attemptKeys] = useState(() => createAttemptKeys());
  const confirmButton = useRef<HTMLButtonElement>(null);

  // The chosen day's openings: confirms the time still exists and says who is free (for "first available").
  const day = useQuery(
    trpc.availability.search.queryOptions({
      serviceId: service.id,
      locationId: location.id,
      providerId,
      from: selection.date,
      to: selection.date,
    }),
  );
  const chosenStart = Date.parse(selection.time);
  const slot = day.data?.days.flatMap((entry) => entry.slots).find((candidate) => Date.parse(candidate.start) === chosenStart);
  const freeProviders = (slot?.providers ?? []).flatMap((index) => day.data?.providers[index] ?? []);

  const book = useMutation(trpc.appointments.book.mutationOptions());

  function confirm() {
    setFormError(null);
    const input = {
      serviceId: service.id,
      locationId: location.id,
      providerId,
      start: selection.time,
      reason: reason.trim() || undefined,
      idempotencyKey: attemptKeys.keyFor(attemptIdentity(selection)),
    };
    book.mutate(input, {
      onSuccess: async (appointment) => {
        setBooked(true);
        attemptKeys.reset();
        router.push(`/book/confirmed/${appointment.id}`);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.appointments.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.availability.search.pathKey() }),
        ]);
      },
      onError: async (error) => {
        const code = error.data?.code;
        if (code === "CONFLICT") {
          // The slot is gone: the next try is a new attempt with a new time (and a new key).
          attemptKeys.reset();
          // Refetch the (currently unmounted) calendar's openings too, so the picker comes back without the taken time.
          await queryClient.invalidateQueries({ queryKey: trpc.availability.search.pathKey(), refetchType: "all" });
          onSlotGone(error.message);
          return;
        }
        if (code === "UNAUTHORIZED") {
          setFormError({ message: "Your session has ended. Please sign in again to confirm this booking.", signIn: true });
          return;
        }
        // Anything else (a dropped connection included) keeps the key: confirming again cannot book twice.
        setFormError({
          message: `Your appointment is not booked yet. ${error.message} You can try again; you will not be booked twice.`,
        });
        confirmButton.current?.focus();
      },
    });
  }

  const returnHere = encodeURIComponent(bookingHref(selection));

  if (day.isPending) {
    return (
      <div role="status" aria-label="Checking that this time is still free" className="flex flex-col gap-3">
        <Skeleton className="h-5 w-2/3" />
        <Skeleton className="h-5 w-1/2" />
        <Skeleton className="h-5 w-3/5" />
      </div>
    );
  }

  if (!slot && !booked) {
    return (
      <Alert tone="warning" title="That time is no longer available">
        <p>Someone may have just booked it, or it is now too close to book online.</p>
        <Button
          variant="secondary"
          size="sm"
          className="mt-3"
          onClick={() => onSlotGone("That time is no longer available — please pick another.")}
        >
          Choose another time
        </Button>
      </Alert>
    );
  }

  const endsAt = new Date(chosenStart + service.durationMinutes * 60_000);
  const [onlyProvider] = freeProviders;
  const providerText =
    providerId !== "any"
      ? onlyProvider
        ? `${onlyProvider.name}, ${onlyProvider.title}`
        : "Your chosen provider"
      : freeProviders.length === 1 && onlyProvider
        ? `${onlyProvider.name}, ${onlyProvider.title} (first available)`
        : `First available: ${freeProviders.map((provider) => provider.name).join(" or ")}`;

  return (
    <div className="flex flex-col gap-6">
      <Card>
        <AppointmentSummary
          serviceName={service.name}
          durationMinutes={service.durationMinutes}
          startsAt={new Date(chosenStart)}
          endsAt={endsAt}
          timeZone={location.timeZone}
          provider={providerText}
          locationName={placeName(location.name, location.city)}
        />
      </Card>

      {changeCutoffMinutes !== null && day.data ? (
        // The soonest openings can already be inside the cutoff: say so before the patient commits.
        <div className="text-sm">
          <ChangePolicy
            change={{ ...patientChangeWindow(new Date(chosenStart), { changeCutoffMinutes }, new Date()), cutoffMinutes: changeCutoffMinutes }}
            location={{ name: day.data.location.name, phone: day.data.location.phone, timeZone: location.timeZone }}
          />
        </div>
      ) : null}

      {signedIn ? (
        <form
          method="post"
          noValidate
          className="flex flex-col gap-5"
          onSubmit={(event) => {
            event.preventDefault();
            confirm();
          }}
        >
          <Field id="booking-reason" label="Reason for your visit (optional)" hint={REASON_HINT}>
            <Textarea
              id="booking-reason"
              name="reason"
              maxLength={REASON_MAX_LENGTH}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              aria-describedby={fieldDescribedBy("booking-reason", { hint: REASON_HINT })}
            />
          </Field>
          <p className="-mt-3 text-sm text-muted" aria-hidden="true">
            {reason.length} / {REASON_MAX_LENGTH}
          </p>
          {formError ? (
            <Alert tone="error">
              {formError.message}
              {formError.signIn ? (
                <>
                  {" "}
                  <Link href={`/sign-in?callbackUrl=${returnHere}`} className="font-medium">
                    Sign in again
                  </Link>
                </>
              ) : null}
            </Alert>
          ) : null}
          <div>
            <Button ref={confirmButton} type="submit" size="lg" loading={book.isPending || booked}>
              {booked ? "Booked — opening your confirmation…" : book.isPending ? "Booking…" : "Confirm booking"}
            </Button>
          </div>
        </form>
      ) : emailUnconfirmed ? (
        <Card className="bg-brand-50">
          <h3 className="text-lg font-semibold">Confirm your email to book</h3>
          <p className="mt-1 text-muted">
            Before we book a visit we check that the email address is yours, so reminders and changes reach you and nobody else.
            Open the link we emailed you when you created your account; it brings you back to this booking. No email? Send it
            again below.
          </p>
          <div className="mt-4">
            <ResendVerificationForm returnTo={bookingHref(selection)} />
          </div>
        </Card>
      ) : (
        <Card className="bg-brand-50">
          <h3 className="text-lg font-semibold">Sign in to confirm</h3>
          <p className="mt-1 text-muted">
            Booking needs a patient account so we can reach you about your visit. Sign in, or create an account in a
            minute — we will bring you straight back here with these choices.
          </p>
          <div className="mt-4 flex flex-wrap gap-3">
            <Link href={`/sign-in?callbackUrl=${returnHere}`} className={buttonClasses()}>
              Sign in to confirm
            </Link>
            <Link href={`/sign-up?callbackUrl=${returnHere}`} className={buttonClasses({ variant: "secondary" })}>
              Create an account
            </Link>
          </div>
        </Card>
      )}
    </div>
  );
}
