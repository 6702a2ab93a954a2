import { weekStarting } from "@clinic/domain/scheduling/calendar-day";
import { rolesThatMay } from "@clinic/domain/people/staff-permissions";
import { staffProcedure } from "../../trpc";
import { calendarView } from "./calendar-view";
import { calendarDto, calendarWeekInput } from "./dto";

/** Monday to Sunday around `date` at a location, for one provider or every provider working there. */
export const week = staffProcedure(rolesThatMay("appointments.viewAll", "appointments.viewOwn"))
  .input(calendarWeekInput)
  .output(calendarDto)
  .query(({ ctx, input }) => calendarView(ctx, { ...input, ...weekStarting(input.date) }, "calendar.week"));
