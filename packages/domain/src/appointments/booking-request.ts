import { z } from "zod";

/** Reasons (for a visit or for cancelling) are short notes; the form and the API share the limit. */
export const REASON_MAX_LENGTH = 500;

/** A patient's optional note: trimmed, at most REASON_MAX_LENGTH characters. */
export const reasonSchema = z
  .string()
  .trim()
  .max(REASON_MAX_LENGTH, `Keep the reason under ${REASON_MAX_LENGTH} characters.`)
  .optional();

/** A specific provider, or whoever is free first ("first available"). */
export const providerChoice = z.union([z.uuid({ message: "Choose a provider." }), z.literal("any")]);
export type ProviderChoice = z.infer<typeof providerChoice>;

/** ISO 8601 instant with an explicit offset or Z, e.g. a slot's `start` from availability.search. */
export const slotStart = z.iso.datetime({ offset: true, message: "Choose a time from the list." });

/** What a patient asks for when booking; the booking form and the procedure validate with it. */
export const bookInput = z.object({
  serviceId: z.uuid({ message: "Choose a service." }),
  locationId: z.uuid({ message: "Choose a location." }),
  providerId: providerChoice,
  start: slotStart,
  reason: reasonSchema,
  /** Made by the client once per booking attempt (e.g. crypto.randomUUID()); retries reuse it. */
  idempotencyKey: z.string().min(8).max(100),
});
export type BookInput = z.infer<typeof bookInput>;
