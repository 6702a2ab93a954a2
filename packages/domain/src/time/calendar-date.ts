import { z } from "zod";

/** A calendar date without a zone, YYYY-MM-DD (e.g. the day a dashboard shows). */
export const calendarDateSchema = z.iso.date("Enter a date like 2026-03-08.");
export type CalendarDate = z.infer<typeof calendarDateSchema>;
