"use client";

import { SERVICE_CATEGORIES } from "@clinic/domain/clinic/service-category";
import type { PatientOutputs } from "~/trpc/types";
import { ChoiceList } from "./choice-list";

type Service = PatientOutputs["services"]["list"][number];

/** Services grouped by discipline, in the clinic's usual order. */
export function ServiceStep({
  services,
  selected,
  onChoose,
}: {
  services: readonly Service[];
  selected: string | undefined;
  onChoose: (slug: string) => void;
}) {
  return (
    <div className="flex flex-col gap-8">
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
                detail: `${service.durationMinutes} minutes`,
              }))}
            />
          </section>
        );
      })}
    </div>
  );
}
