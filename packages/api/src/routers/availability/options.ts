import { NotFound } from "@clinic/domain/errors/domain-error";
import { SERVICE_CATEGORY_LABELS } from "@clinic/domain/clinic/service-category";
import { findBookableService, listBookingLocations } from "@clinic/db/queries/schedules";
import { publicProcedure } from "../../trpc";
import { bookingOptionsDto, bookingOptionsInput } from "./dto";

/** Locations and providers where a service can be booked online; no sign-in needed. */
export const options = publicProcedure
  .input(bookingOptionsInput)
  .output(bookingOptionsDto)
  .query(async ({ ctx, input }) => {
    const [service, locations] = await Promise.all([
      findBookableService(ctx.db, input.serviceId),
      listBookingLocations(ctx.db, input.serviceId),
    ]);
    if (!service) throw new NotFound("That service");
    return {
      service: {
        id: service.id,
        slug: service.slug,
        name: service.name,
        category: service.category,
        categoryLabel: SERVICE_CATEGORY_LABELS[service.category],
        durationMinutes: service.durationMinutes,
        changeCutoffMinutes: service.policy.changeCutoffMinutes,
      },
      locations,
    };
  });
