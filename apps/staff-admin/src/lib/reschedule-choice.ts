import { slotStart } from "@clinic/domain/appointments/booking-request";
import { z } from "zod";

/** The one field of the reschedule form; the browser and the server action check it the same way. */
export const rescheduleChoice = z.object({ start: z.string().min(1, "Choose one of the free times.").pipe(slotStart) });
