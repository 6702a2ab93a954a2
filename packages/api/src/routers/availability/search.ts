import { NotFound } from "@clinic/domain/errors/domain-error";
import { bookableSlotTimes } from "@clinic/domain/scheduling/bookable-slots";
import { addCalendarDays, todayInZone } from "@clinic/domain/time/zoned-time";
import { loadSearchState } from "../../queries/booking-state";
import { publicProcedure } from "../../trpc";
import { availabilityDto, availabilitySearchInput } from "./dto";
import { ProviderNotBookableHere } from "./errors";
import { zonedSlots } from "./slot-times";

/**
 * Bookable times for a service at a location, with one provider or "any"; no sign-in needed.
 * One prepared statement of indexed reads (service, location, providers, and their hours,
 * exceptions and appointments), then the pure rules of @clinic/domain.
 */
export const search = publicProcedure
  .input(availabilitySearchInput)
  .output(availabilityDto)
  .query(async ({ ctx, input }) => {
    const chosenProviderId = input.providerId === "any" ? undefined : input.providerId;
    // Dates before yesterday (UTC) are past everywhere: no rules or appointments are read for them.
    const from = maxDate(input.from, addCalendarDays(new Date().toISOString().slice(0, 10), -1));
    const to = input.to;
    // The patient moving their own appointment does not compete with it; anyone else's id is ignored.
    const ignore =
      input.reschedulingId && ctx.user?.role === "patient" && ctx.user.patientId
        ? { appointmentId: input.reschedulingId, patientId: ctx.user.patientId }
        : undefined;
    const state = await loadSearchState(
      ctx.db,
      { serviceId: input.serviceId, locationId: input.locationId, providerId: chosenProviderId },
      {
        // A day either side: buffers and long visits reach across local midnight.
        dates: { from: addCalendarDays(from, -1), to: addCalendarDays(to, 1) },
        // The zone is not known before this read: the UTC days widened by the largest offsets (−12 h, +14 h).
        window: { start: new Date(Date.parse(from) - 14 * HOUR_MS), end: new Date(Date.parse(to) + DAY_MS + 12 * HOUR_MS) },
        ignore,
      },
    );
    const { service, location, providers: candidates } = state;
    if (!service) throw new NotFound("That service");
    if (!location) throw new NotFound("That location");
    if (chosenProviderId && candidates.length === 0) throw new ProviderNotBookableHere();

    const now = new Date();
    const { timeZone } = location;
    const lastBookableDate = addCalendarDays(todayInZone(timeZone, now), service.policy.bookingHorizonDays);
    const days = bookableSlotTimes({ policy: service.policy, timeZone, providers: state.availability, from: input.from, to: input.to, now });
    return {
      timeZone,
      service: { id: service.id, name: service.name, durationMinutes: service.durationMinutes },
      location: { id: location.id, name: location.name, phone: location.phone },
      providers: candidates.map(({ id, name, title }) => ({ id, name, title })),
      days: days.map((day) => ({ date: day.date, slots: zonedSlots(day, timeZone) })),
      lastBookableDate,
    };
  });

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const maxDate = (a: string, b: string) => (a > b ? a : b);
