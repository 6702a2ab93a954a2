import type { z } from "zod";
import { boundedDateSchema } from "./date-bounds";

/** A calendar date without a zone, YYYY-MM-DD (e.g. the day a dashboard shows), in the clinic's years. */
export const calendarDateSchema = boundedDateSchema("Enter a date like 2026-03-08.");
export type CalendarDate = z.infer<typeof calendarDateSchema>;
