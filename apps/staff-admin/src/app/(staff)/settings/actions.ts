"use server";

import { unstable_rethrow } from "next/navigation";
import { EVERY_PATIENT_PAGE } from "@clinic/auth/revalidate-signature";
import { postedText } from "@clinic/auth/sign-in-form";
import {
  locationSettingsSchema,
  openingHoursFromForm,
  providerProfileSchema,
  serviceSettingsSchema,
  SERVICE_SETTINGS_FIELDS,
  PROVIDER_PROFILE_FIELDS,
  type ServiceSettings,
  type ProviderProfile,
} from "@clinic/domain/clinic/catalogue-settings";
import type { FormFeedback } from "@clinic/ui/form-feedback";
import { TRPCError } from "@trpc/server";
import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { refreshPatientPages } from "~/lib/patient-site";
import { getCaller } from "~/trpc/server";
import { LOCATION_FIELDS, type LocationField } from "./location-fields";

export type SettingsFormState<Field extends string> = FormFeedback<Field> & { saved?: boolean };

export type ServiceField = keyof ServiceSettings;
export type ProviderField = keyof ProviderProfile;

const MAX_SHOWN = 4000;

/** The first message per field; nested opening-hours paths become the box they belong to. */
function fieldMessages<Field extends string>(error: ZodError, openingHours: { weekday: number }[] = []): Partial<Record<Field, string>> {
  const messages: Partial<Record<string, string>> = {};
  for (const issue of error.issues) {
    const [first, index, part] = issue.path;
    let field = typeof first === "string" ? first : "form";
    if (first === "openingHours") {
      const weekday = typeof index === "number" ? openingHours[index]?.weekday : undefined;
      field = weekday && (part === "opens" || part === "closes") ? `${part}-${weekday}` : "openingHours";
    }
    messages[field] ??= issue.message;
  }
  return messages as Partial<Record<Field, string>>;
}

function postedValues(form: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, postedText(form, field).slice(0, MAX_SHOWN)]));
}

/** Turns a refusal from the API into what the form shows; anything unexpected becomes one calm sentence. */
function refusal<Field extends string>(error: unknown, values: Record<string, string>, openingHours?: { weekday: number }[]): SettingsFormState<Field> {
  const shown = values as Partial<Record<Field, string>>;
  if (error instanceof TRPCError && error.cause instanceof ZodError) return { fieldErrors: fieldMessages(error.cause, openingHours), values: shown };
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return { formError: error.message, values: shown };
  console.error("saving settings failed:", error instanceof Error ? error.name : typeof error);
  return { formError: "We could not save the changes. Please try again in a moment.", values: shown };
}

async function saved(): Promise<void> {
  // The next search and every settings page read the new values.
  revalidatePath("/settings", "layout");
  // Services, providers and locations show across the patient site (footer, home, articles' Book links).
  await refreshPatientPages([EVERY_PATIENT_PAGE]);
}

export async function saveServiceAction(_previous: SettingsFormState<ServiceField>, form: FormData): Promise<SettingsFormState<ServiceField>> {
  const values = postedValues(form, SERVICE_SETTINGS_FIELDS);
  const parsed = serviceSettingsSchema.safeParse({ ...values, active: form.get("active"), onlineBookable: form.get("onlineBookable") });
  if (!parsed.success) return { fieldErrors: fieldMessages(parsed.error), values };
  try {
    await (await getCaller()).settings.updateService({ id: postedText(form, "id"), ...parsed.data });
    await saved();
    return { saved: true, values: { ...values, active: parsed.data.active ? "on" : "", onlineBookable: parsed.data.onlineBookable ? "on" : "" } };
  } catch (error) {
    unstable_rethrow(error);
    return refusal(error, values);
  }
}

export async function saveProviderAction(_previous: SettingsFormState<ProviderField>, form: FormData): Promise<SettingsFormState<ProviderField>> {
  const values = postedValues(form, PROVIDER_PROFILE_FIELDS);
  const parsed = providerProfileSchema.safeParse({ ...values, active: form.get("active") });
  if (!parsed.success) return { fieldErrors: fieldMessages(parsed.error), values };
  const serviceIds = form.getAll("serviceIds").filter((id): id is string => typeof id === "string");
  const locationIds = form.getAll("locationIds").filter((id): id is string => typeof id === "string");
  try {
    await (await getCaller()).settings.updateProvider({ id: postedText(form, "id"), ...parsed.data, serviceIds, locationIds });
    await saved();
    return { saved: true, values: { ...values, active: parsed.data.active ? "on" : "" } };
  } catch (error) {
    unstable_rethrow(error);
    return refusal(error, values);
  }
}

export async function saveLocationAction(_previous: SettingsFormState<LocationField>, form: FormData): Promise<SettingsFormState<LocationField>> {
  const hourFields = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [`opens-${weekday}`, `closes-${weekday}`]);
  const values = postedValues(form, [...LOCATION_FIELDS, ...hourFields]);
  const openingHours = openingHoursFromForm((name) => values[name] ?? "");
  const parsed = locationSettingsSchema.safeParse({ ...values, openingHours });
  if (!parsed.success) return { fieldErrors: fieldMessages(parsed.error, openingHours), values };
  try {
    await (await getCaller()).settings.updateLocation({ id: postedText(form, "id"), ...parsed.data });
    await saved();
    return { saved: true, values };
  } catch (error) {
    unstable_rethrow(error);
    return refusal(error, values, openingHours);
  }
}
