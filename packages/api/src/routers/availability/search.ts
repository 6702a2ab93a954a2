import { publicProcedure } from "../../trpc";
import { availabilityDto, availabilitySearchInput } from "./dto";

/** Bookable times for a service at a location, with one provider or "any"; no sign-in needed. */
export const search = publicProcedure
  .input(availabilitySearchInput)
  .output(availabilityDto)
  .query(async () => {
    throw new Error("availability.search: not implemented yet");
  });
