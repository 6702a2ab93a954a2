import { SERVICE_CATEGORIES } from "@clinic/domain/clinic/service-category";
import { z } from "zod";

export const serviceDto = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  category: z.enum(SERVICE_CATEGORIES),
  categoryLabel: z.string(),
  durationMinutes: z.number().int(),
  description: z.string(),
});
export type ServiceDto = z.infer<typeof serviceDto>;

/** Lists of the public catalogue can be narrowed to one discipline. */
export const byCategoryInput = z.object({ category: z.enum(SERVICE_CATEGORIES).optional() }).optional();
