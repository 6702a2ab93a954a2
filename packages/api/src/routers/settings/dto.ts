import {
  locationSettingsSchema,
  providerOfferingsSchema,
  providerProfileSchema,
  serviceSettingsSchema,
} from "@clinic/domain/clinic/catalogue-settings";
import { SERVICE_CATEGORIES } from "@clinic/domain/clinic/service-category";
import { z } from "zod";
import { locationDto } from "../locations/dto";
import { mediaUploadInput } from "../media/dto";
import { providerPhotoDto } from "../providers/dto";

export const serviceSettingsDto = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  category: z.enum(SERVICE_CATEGORIES),
  durationMinutes: z.number().int(),
  bufferBeforeMinutes: z.number().int(),
  bufferAfterMinutes: z.number().int(),
  minNoticeMinutes: z.number().int(),
  bookingHorizonDays: z.number().int(),
  slotIntervalMinutes: z.number().int(),
  changeCutoffMinutes: z.number().int(),
  active: z.boolean(),
  onlineBookable: z.boolean(),
});

export const providerSettingsDto = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  title: z.string(),
  bio: z.string(),
  photo: providerPhotoDto.nullable(),
  active: z.boolean(),
  serviceIds: z.array(z.uuid()),
  locationIds: z.array(z.uuid()),
});

/** Settings show a location exactly as the public pages do. */
export const locationSettingsDto = locationDto;

export const catalogueDto = z.object({
  services: z.array(serviceSettingsDto),
  providers: z.array(providerSettingsDto),
  locations: z.array(locationSettingsDto),
});
export type CatalogueDto = z.infer<typeof catalogueDto>;

export const updateServiceInput = serviceSettingsSchema.extend({ id: z.uuid() });
export const updateProviderInput = providerProfileSchema.extend(providerOfferingsSchema.shape).extend({ id: z.uuid() });
export const updateLocationInput = locationSettingsSchema.extend({ id: z.uuid() });

export const setProviderPhotoInput = mediaUploadInput.extend({ providerId: z.uuid() });
export const removeProviderPhotoInput = z.object({ providerId: z.uuid() });
/** A refusal of the image is an answer for the form (status, sentence, field), not an error. */
export const providerPhotoResultDto = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), photo: providerPhotoDto.nullable() }),
  z.object({
    ok: z.literal(false),
    status: z.number(),
    message: z.string(),
    fieldErrors: z.object({ file: z.string().optional(), alt: z.string().optional() }),
  }),
]);
