import { publicProcedure } from "../../trpc";
import { bookingOptionsDto, bookingOptionsInput } from "./dto";

/** Locations and providers where a service can be booked online; no sign-in needed. */
export const options = publicProcedure
  .input(bookingOptionsInput)
  .output(bookingOptionsDto)
  .query(async () => {
    throw new Error("availability.options: not implemented yet");
  });
