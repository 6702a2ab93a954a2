"use client";

import { describeTimeZone } from "@clinic/domain/time/format-for-people";
import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";
import { Card } from "@clinic/ui/card";
import { EmptyState } from "@clinic/ui/empty-state";
import { skipToken, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { telHref } from "~/format/phone";
import { useTRPC } from "~/trpc/react";
import { CardsSkeleton } from "../cards-skeleton";
import { focusHeading } from "../focus-heading";
import {
  bookingHref,
  choose,
  parseBookingSelection,
  stepFor,
  type BookingSelection,
  type BookingStep,
  type SelectionKey,
} from "./booking-selection";
import { ChoiceList } from "./choice-list";
import { ChoicesSummary } from "./choices-summary";
import { EarliestOpenings } from "./earliest-openings";
import { ReviewStep } from "./review-step";
import { ServiceStep } from "./service-step";
import { SlotPicker } from "./slot-picker";
import { StepHeading } from "./step-heading";

const ANY_PROVIDER = "any";

/**
 * /book: service → location → provider (or first available) → day and time → review and confirm.
 * The choices live in the URL (history.pushState, which Next's useSearchParams follows), so Back,
 * reload and the sign-in round trip all return to the same step. Nothing here needs an account
 * until Confirm.
 */
export function BookingWizard({
  signedIn,
  emailUnconfirmed,
  clinicPhone,
}: {
  signedIn: boolean;
  /** Signed in, but the account's email is not confirmed yet, so it cannot book. */
  emailUnconfirmed: boolean;
  clinicPhone: string | null;
}) {
  const trpc = useTRPC();
  const selection = parseBookingSelection(useSearchParams());
  const [notice, setNotice] = useState<string | null>(null);

  const services = useQuery(trpc.services.list.queryOptions());
  const service = services.data?.find((candidate) => candidate.slug === selection.service);
  const options = useQuery(trpc.availability.options.queryOptions(service ? { serviceId: service.id } : skipToken));
  const location = options.data?.locations.find((candidate) => candidate.slug === selection.location);
  const provider =
    selection.provider === ANY_PROVIDER ? ANY_PROVIDER : location?.providers.find((candidate) => candidate.slug === selection.provider);

  // Only the choices that exist; a stale or mistyped slug sends the visitor back to that step with a note.
  const known: BookingSelection = {};
  let unknownChoice: string | null = null;
  const stillLoading = services.isPending || (service !== undefined && options.isPending);
  if (!stillLoading) {
    if (service) {
      known.service = service.slug;
      if (location) {
        known.location = location.slug;
        if (provider) {
          known.provider = selection.provider;
          known.date = selection.date;
          known.time = selection.time;
        } else if (selection.provider) unknownChoice = "That provider does not offer this service at this location. Please choose again.";
      } else if (selection.location) unknownChoice = "This service is not offered online at that location. Please choose a location.";
    } else if (selection.service) unknownChoice = "We could not find that service. Please choose one below.";
  }
  const step = stillLoading ? "loading" : stepFor(known);

  const heading = useRef<HTMLHeadingElement>(null);
  // The last step shown (never "loading": a step change often passes through it while the next step's data loads).
  const shownStep = useRef<BookingStep | null>(null);
  useEffect(() => {
    if (step === "loading") return;
    const previous = shownStep.current;
    shownStep.current = step;
    // Focus follows the visitor to each new step, but not on the first load of the page.
    if (previous !== null && previous !== step) focusHeading(heading.current);
  }, [step]);

  function go(next: BookingSelection, { keepNotice = false } = {}) {
    if (!keepNotice) setNotice(null);
    window.history.pushState(null, "", bookingHref(next));
  }
  const pick = (key: SelectionKey, value: string | undefined) => go(choose(known, key, value));

  if (services.isError || options.isError) {
    return (
      <Alert tone="error" title="Booking is not available just now">
        <p>
          {(services.error ?? options.error)?.message}{" "}
          {clinicPhone ? (
            <>
              You can also book by phone: <a href={telHref(clinicPhone)}>{clinicPhone}</a>.
            </>
          ) : null}
        </p>
        <Button
          variant="secondary"
          size="sm"
          className="mt-3"
          onClick={() => void (services.isError ? services.refetch() : options.refetch())}
        >
          Try again
        </Button>
      </Alert>
    );
  }

  if (step === "loading" || !services.data) return <CardsSkeleton label="Loading booking options" count={4} />;

  return (
    <div className="flex flex-col gap-8">
      {service ? (
        <ChoicesSummary
          service={service}
          location={location}
          provider={provider}
          selection={known}
          step={step}
          onChange={(key) => pick(key, undefined)}
        />
      ) : null}

      {unknownChoice ? <Alert tone="warning">{unknownChoice}</Alert> : null}

      <section aria-labelledby="booking-step-heading">
        {step === "service" ? (
          <>
            <StepHeading id="booking-step-heading" number={1} total={5} title="Choose a service" ref={heading} />
            <ServiceStep services={services.data} selected={selection.service} onChoose={(slug) => pick("service", slug)} />
          </>
        ) : null}

        {step === "location" && service && options.data ? (
          <>
            <StepHeading id="booking-step-heading" number={2} total={5} title="Choose a location" ref={heading} />
            {options.data.locations.length === 0 ? (
              <EmptyState
                title={`${service.name} cannot be booked online right now`}
                description={
                  clinicPhone ? (
                    <>
                      Please call us at <a href={telHref(clinicPhone)}>{clinicPhone}</a> and our front desk will find you a time.
                    </>
                  ) : (
                    "Please call the clinic and our front desk will find you a time."
                  )
                }
              />
            ) : (
              <ChoiceList
                label="Locations"
                onChoose={(slug) => pick("location", slug)}
                choices={options.data.locations.map((candidate) => ({
                  value: candidate.slug,
                  title: candidate.name,
                  detail: `${candidate.city} · times in ${describeTimeZone(candidate.timeZone)}`,
                }))}
              />
            )}
          </>
        ) : null}

        {step === "provider" && location ? (
          <>
            <StepHeading id="booking-step-heading" number={3} total={5} title="Choose a provider" ref={heading} />
            <ChoiceList
              label="Providers"
              onChoose={(slug) => pick("provider", slug)}
              choices={[
                {
                  value: ANY_PROVIDER,
                  title: "First available",
                  detail:
                    location.providers.length > 1
                      ? `The earliest opening with any of our ${location.providers.length} providers for this service here`
                      : "The earliest opening with our provider for this service here",
                },
                ...location.providers.map((candidate) => ({ value: candidate.slug, title: candidate.name, detail: candidate.title })),
              ]}
            />
          </>
        ) : null}

        {step === "time" && service && location && provider ? (
          <>
            <StepHeading id="booking-step-heading" number={4} total={5} title="Choose a day and time" ref={heading} />
            {provider === ANY_PROVIDER ? (
              <EarliestOpenings
                serviceId={service.id}
                locationId={location.id}
                timeZone={location.timeZone}
                onChoose={(slot) => go({ ...choose(known, "date", slot.date), time: slot.start })}
              />
            ) : null}
            <SlotPicker
              serviceId={service.id}
              locationId={location.id}
              providerId={provider === ANY_PROVIDER ? ANY_PROVIDER : provider.id}
              timeZone={location.timeZone}
              date={known.date}
              onSelectDate={(date) => pick("date", date)}
              selectedTime={known.time}
              onSelectTime={(slot) => pick("time", slot.start)}
              emptyHint={provider === ANY_PROVIDER ? "another location" : "“First available” or another location"}
              notice={notice ? <Alert tone="error" title="Please choose another time">{notice}</Alert> : null}
            />
          </>
        ) : null}

        {step === "review" && service && location && provider && known.date && known.time ? (
          <>
            <StepHeading id="booking-step-heading" number={5} total={5} title="Review and confirm" ref={heading} />
            <ReviewStep
              selection={{ ...known, date: known.date, time: known.time }}
              service={service}
              location={location}
              providerId={provider === ANY_PROVIDER ? ANY_PROVIDER : provider.id}
              changeCutoffMinutes={options.data?.service.changeCutoffMinutes ?? null}
              signedIn={signedIn}
              emailUnconfirmed={emailUnconfirmed}
              onSlotGone={(message) => {
                setNotice(message);
                go(choose(known, "time", undefined), { keepNotice: true });
              }}
            />
          </>
        ) : null}
      </section>
      {step !== "review" ? (
        <Card className="text-sm text-muted">
          Browsing needs no account; you sign in or create one only to confirm.
          {clinicPhone ? (
            <>
              {" "}
              Prefer the phone? Call <a href={telHref(clinicPhone)}>{clinicPhone}</a>.
            </>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
