import { SERVICE_CATEGORIES } from "@clinic/domain/clinic/service-category";
import { z } from "zod";

export const clinicInfoDto = z.object({
  name: z.string(),
  tagline: z.string(),
  phone: z.string(),
  disciplines: z.array(z.object({ category: z.enum(SERVICE_CATEGORIES), label: z.string(), description: z.string() })),
  locations: z.array(z.object({ id: z.uuid(), slug: z.string(), name: z.string(), city: z.string() })),
});
export type ClinicInfoDto = z.infer<typeof clinicInfoDto>;
