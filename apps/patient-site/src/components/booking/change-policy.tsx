import { formatInstantInZone } from "@clinic/domain/time/format-for-people";
import { telHref } from "~/format/phone";
import { durationInWords } from "./day-labels";

export type ChangeWindowView = { allowed: boolean; cutoffAt: Date; cutoffMinutes: number };
export type LocationContact = { name: string; phone: string; timeZone: string };

/**
 * The clinic's rule for online changes, in a sentence: until when the patient may still cancel or
 * reschedule here, or — once that has passed — that they need to call, with the location's number.
 */
export function ChangePolicy({ change, location }: { change: ChangeWindowView; location: LocationContact }) {
  const notice = durationInWords(change.cutoffMinutes);
  const call = (
    <a href={telHref(location.phone)} className="font-medium text-brand-800">
      {location.phone}
    </a>
  );
  if (!change.allowed) {
    return (
      <p>
        Online changes are closed for this visit ({notice} notice is needed). To cancel or reschedule, please call{" "}
        {location.name} at {call}.
      </p>
    );
  }
  return (
    <p>
      You can cancel or reschedule online until{" "}
      <time dateTime={change.cutoffAt.toISOString()}>{formatInstantInZone(change.cutoffAt, location.timeZone)}</time> ({notice}{" "}
      before your visit). After that, please call {location.name} at {call}.
    </p>
  );
}
