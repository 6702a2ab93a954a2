import { NotFound } from "@clinic/domain/errors/domain-error";
import { bookableSlots, type ProviderAvailability } from "@clinic/domain/scheduling/bookable-slots";
import { addCalendarDays, dayBoundsInZone, todayInZone } from "@clinic/domain/time/zoned-time";
import { loadProviderAvailability } from "../../queries/provider-availability";
import { findBookingContext } from "../../queries/schedules";
import { publicProcedure } from "../../trpc";
import { availabilityDto, availabilitySearchInput } from "./dto";
import { ProviderNotBookableHere } from "./errors";
import { zonedSlots } from "./slot-times";

/**
 * Bookable times for a service at a location, with one provider or "any"; no sign-in needed.
 * Two statements of indexed reads (service, location and providers; then their hours, exceptions
 * and appointments), then the pure rules of @clinic/domain.
 */
export const search = publicProcedure
  .input(availabilitySearchInput)
  .output(availabilityDto)
  .query(async ({ ctx, input }) => {
    const chosenProviderId = input.providerId === "any" ? undefined : input.providerId;
    const { service, location, providers: candidates } = await findBookingContext(ctx.db, {
      serviceId: input.serviceId,
      locationId: input.locationId,
      providerId: chosenProviderId,
    });
    if (!service) throw new NotFound("That service");
    if (!location) throw new NotFound("That location");
    if (chosenProviderId && candidates.length === 0) throw new ProviderNotBookableHere();

    const now = new Date();
    const { timeZone } = location;
    const today = todayInZone(timeZone, now);
    const lastBookableDate = addCalendarDays(today, service.policy.bookingHorizonDays);
    // Only dates patients may book at all need rules and appointments read.
    const from = input.from > today ? input.from : today;
    const to = input.to < lastBookableDate ? input.to : lastBookableDate;
    const providerIds = candidates.map((candidate) => candidate.id);
    // The patient moving their own appointment does not compete with it; anyone else's id is ignored.
    const ignore =
      input.reschedulingId && ctx.user?.role === "patient" && ctx.user.patientId
        ? { appointmentId: input.reschedulingId, patientId: ctx.user.patientId }
        : undefined;
    const providers: ProviderAvailability[] =
      from <= to
        ? await loadProviderAvailability(ctx.db, providerIds, location.id, {
            // A day either side: buffers and long visits reach across local midnight.
            dates: { from: addCalendarDays(from, -1), to: addCalendarDays(to, 1) },
            // Appointments reaching into these days (with buffers) are found by the query's own margin.
            window: { start: dayBoundsInZone(from, timeZone).start, end: dayBoundsInZone(to, timeZone).end },
            ignore,
          })
        : providerIds.map((providerId) => ({ providerId, weeklyHours: [], exceptions: [], busy: [] }));

    const days = bookableSlots({ policy: service.policy, timeZone, providers, from: input.from, to: input.to, now });
    return {
      timeZone,
      service: { id: service.id, name: service.name, durationMinutes: service.durationMinutes },
      location: { id: location.id, name: location.name, phone: location.phone },
      providers: candidates.map(({ id, name, title }) => ({ id, name, title })),
      days: days.map((day) => ({ date: day.date, slots: zonedSlots(day, timeZone) })),
      lastBookableDate,
    };
  });
