import { NotFound } from "@clinic/domain/errors/domain-error";
import { bookableSlotTimes, lastBookableDate } from "@clinic/domain/scheduling/bookable-slots";
import { ProviderNotBookableHere } from "@clinic/domain/scheduling/booking-errors";
import { searchReadScope } from "@clinic/domain/scheduling/read-scope";
import { zonedSlots } from "@clinic/domain/scheduling/zoned-slots";
import { loadSearchState } from "@clinic/db/queries/booking-state";
import { publicProcedure } from "../../trpc";
import { availabilityDto, availabilitySearchInput, type AvailabilityDto, type AvailabilitySearchInput } from "./dto";
import type { Database } from "@clinic/db/client";
import { effectivePolicy, type StaffOverrides } from "@clinic/domain/scheduling/booking-decision";

/**
 * Bookable times for a service at a location, with one provider or "any"; no sign-in needed.
 * One prepared statement of indexed reads (service, location, providers, and their hours,
 * exceptions and appointments), then the pure rules of @clinic/domain.
 */
export const search = publicProcedure
  .input(availabilitySearchInput)
  .output(availabilityDto)
  .query(({ ctx, input }) => {
    // The patient moving their own appointment does not compete with it; anyone else's id is ignored.
    const ignore =
      input.reschedulingId && ctx.user?.role === "patient" && ctx.user.patientId
        ? { appointmentId: input.reschedulingId, patientId: ctx.user.patientId }
        : undefined;
    return searchAvailability(ctx.db, input, { ignore });
  });

/**
 * The search itself, for patients and (with waived notice or horizon) for staff booking for a
 * patient: the same reads and the same rules, so staff see what the booking will accept.
 */
export async function searchAvailability(
  db: Database,
  input: AvailabilitySearchInput,
  options: { ignore?: { appointmentId: string; patientId: string }; overrides?: StaffOverrides } = {},
): Promise<AvailabilityDto> {
  const chosenProviderId = input.providerId === "any" ? undefined : input.providerId;
  const now = new Date();
  const state = await loadSearchState(
    db,
    { serviceId: input.serviceId, locationId: input.locationId, providerId: chosenProviderId },
    { ...searchReadScope(input.from, input.to, now), ignore: options.ignore },
  );
  const { service, location, providers: candidates } = state;
  if (!service) throw new NotFound("That service");
  if (!location) throw new NotFound("That location");
  if (chosenProviderId && candidates.length === 0) throw new ProviderNotBookableHere();

  const { timeZone } = location;
  const policy = effectivePolicy(service.policy, options.overrides);
  const days = bookableSlotTimes({ policy, timeZone, providers: state.availability, from: input.from, to: input.to, now });
  return {
    timeZone,
    service: { id: service.id, name: service.name, durationMinutes: service.durationMinutes },
    location: { id: location.id, name: location.name, phone: location.phone },
    providers: candidates.map(({ id, name, title }) => ({ id, name, title })),
    days: days.map((day) => ({ date: day.date, slots: zonedSlots(day, timeZone) })),
    lastBookableDate: lastBookableDate(policy, timeZone, now),
  };
}
