import { Button } from "@clinic/ui/button";
import { Input } from "@clinic/ui/input";
import { Select } from "@clinic/ui/select";
import type { CalendarView } from "~/lib/calendar-params";

type Choice = { id: string; name: string };

/**
 * A GET form: the choice is in the URL (bookmarkable, works without JavaScript) and carries only ids,
 * a date and the view, never a patient's details.
 */
export function CalendarPickers(props: {
  view: CalendarView;
  date: string;
  locationId: string;
  providerId: string | undefined;
  serviceId: string | undefined;
  locations: Choice[];
  providers: Choice[];
  services: Choice[];
  /** A provider user sees only their own calendar: no "all providers". */
  ownOnly: boolean;
}) {
  const field = "flex flex-col gap-1.5";
  return (
    <form method="get" action="/calendar" className="flex flex-wrap items-end gap-3 print:hidden" aria-label="Choose what the calendar shows">
      <div className={field}>
        <label htmlFor="calendar-location" className="text-sm font-medium">
          Location
        </label>
        <Select id="calendar-location" name="location" defaultValue={props.locationId} className="w-auto">
          {props.locations.map((location) => (
            <option key={location.id} value={location.id}>
              {location.name}
            </option>
          ))}
        </Select>
      </div>
      <div className={field}>
        <label htmlFor="calendar-provider" className="text-sm font-medium">
          Provider
        </label>
        <Select id="calendar-provider" name="provider" defaultValue={props.providerId ?? ""} className="w-auto">
          {props.ownOnly ? null : <option value="">All providers</option>}
          {props.providers.map((provider) => (
            <option key={provider.id} value={provider.id}>
              {provider.name}
            </option>
          ))}
        </Select>
      </div>
      <div className={field}>
        <label htmlFor="calendar-service" className="text-sm font-medium">
          Service
        </label>
        <Select id="calendar-service" name="service" defaultValue={props.serviceId ?? ""} className="w-auto">
          <option value="">All services</option>
          {props.services.map((service) => (
            <option key={service.id} value={service.id}>
              {service.name}
            </option>
          ))}
        </Select>
      </div>
      <div className={field}>
        <label htmlFor="calendar-date" className="text-sm font-medium">
          Date
        </label>
        <Input id="calendar-date" name="date" type="date" defaultValue={props.date} required className="w-auto" />
      </div>
      <div className={field}>
        <label htmlFor="calendar-view" className="text-sm font-medium">
          View
        </label>
        <Select id="calendar-view" name="view" defaultValue={props.view} className="w-auto">
          <option value="day">Day</option>
          <option value="week">Week</option>
        </Select>
      </div>
      <Button type="submit" variant="secondary">
        Show calendar
      </Button>
    </form>
  );
}
