import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { staffProcedure } from "../../trpc";
import { calendarView } from "./calendar-view";
import { calendarDayInput, calendarDto } from "./dto";

/** One local day at a location: a column per provider working there (a provider user: their own only). */
export const day = staffProcedure(rolesThatMay("appointments.viewAll", "appointments.viewOwn"))
  .input(calendarDayInput)
  .output(calendarDto)
  .query(({ ctx, input }) => calendarView(ctx, { ...input, from: input.date, to: input.date }, "calendar.day"));
