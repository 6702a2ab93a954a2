import { SERVICE_CATEGORIES } from "@clinic/domain/clinic/service-category";
import { z } from "zod";

const reference = z.object({ id: z.uuid(), slug: z.string(), name: z.string() });

export const providerDto = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  title: z.string(),
  bio: z.string(),
  photoUrl: z.string().nullable(),
  disciplines: z.array(z.enum(SERVICE_CATEGORIES)),
  locations: z.array(reference),
  services: z.array(reference),
});
export type ProviderDto = z.infer<typeof providerDto>;
