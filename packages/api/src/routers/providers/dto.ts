import { SERVICE_CATEGORIES } from "@clinic/domain/clinic/service-category";
import { z } from "zod";

/** A portrait on our immutable media route, with its pixel size for next/image and its description. */
export const providerPhotoDto = z.object({ url: z.string(), width: z.number().int(), height: z.number().int(), alt: z.string() });

const reference = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });

export const providerDto = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  title: z.string(),
  bio: z.string(),
  photo: providerPhotoDto.nullable(),
  disciplines: z.array(z.enum(SERVICE_CATEGORIES)),
  locations: z.array(reference),
  services: z.array(reference),
});
export type ProviderDto = z.infer<typeof providerDto>;
