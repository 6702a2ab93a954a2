/** The clinic's three disciplines; every service and provider belongs to at least one. */
export const SERVICE_CATEGORIES = ["interventional_pain", "physical_therapy", "massage_therapy"] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export const SERVICE_CATEGORY_LABELS: Record<ServiceCategory, string> = {
  interventional_pain: "Interventional pain management",
  physical_therapy: "Physical therapy",
  massage_therapy: "Massage therapy",
};
