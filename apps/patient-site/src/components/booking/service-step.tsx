"use client";

import { SERVICE_CATEGORIES } from "@clinic/domain/clinic/service-category";
import type { PatientOutputs } from "~/trpc/types";
import { ChoiceList } from "./choice-list";
import { firstSentence } from "./service-and-place-labels";

type Service = PatientOutputs["services"]["list"][number];

/** A first visit in each discipline: where a patient new to the clinic (or to a discipline) begins. */
const NEW_PATIENT_SERVICES: ReadonlySet<string> = new Set(["initial-pain-consultation", "physical-therapy-evaluation"]);
const NEW_PATIENT_BADGE = "New patients start here";

/** Services grouped by discipline, in the clinic's usual order, each with the first sentence of its description. */
export function ServiceStep({
  services,
  selected,
  onChoose,
}: {
  services: readonly Service[];
  selected: string | undefined;
  onChoose: (slug: string) => void;
}) {
  const hasStarters = services.some((service) => NEW_PATIENT_SERVICES.has(service.slug));
  return (
    <div className="flex flex-col gap-8">
      {hasStarters ? (
        <p className="-mt-2 text-muted">
          First time with us, or a new problem? Choose a visit marked “{NEW_PATIENT_BADGE}”: it includes an examination and a plan.
        </p>
      ) : null}
      {SERVICE_CATEGORIES.map((category) => {
        const inCategory = services.filter((service) => service.category === category);
        const label = inCategory[0]?.categoryLabel;
        if (!label) return null;
        return (
          <section key={category} aria-labelledby={`book-category-${category}`}>
            <h3 id={`book-category-${category}`} className="mb-3 text-lg font-semibold">
              {label}
            </h3>
            <ChoiceList
              label={label}
              selected={selected}
              onChoose={onChoose}
              choices={inCategory.map((service) => ({
                value: service.slug,
                title: service.name,
                badge: NEW_PATIENT_SERVICES.has(service.slug) ? NEW_PATIENT_BADGE : undefined,
                detail: `${service.durationMinutes} minutes. ${firstSentence(service.description)}`,
              }))}
            />
          </section>
        );
      })}
    </div>
  );
}
