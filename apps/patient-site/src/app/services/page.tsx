import { SERVICE_CATEGORIES, SERVICE_CATEGORY_LABELS } from "@clinic/domain/clinic/service-category";
import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import { BookCallToAction } from "~/components/book-call-to-action";
import { getClinicInfo } from "~/data/clinic-info";
import { getCaller } from "~/trpc/server";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Services",
  description: "Pain consultations and injections, physical therapy evaluations and sessions, and therapeutic massage.",
  alternates: { canonical: "/services" },
};

export default async function ServicesPage() {
  const caller = await getCaller();
  const [services, info] = await Promise.all([caller.services.list(), getClinicInfo()]);

  return (
    <>
      <PageHeader
        title="Services"
        description="What we offer in each discipline and how long a visit takes."
        actions={<BookCallToAction phone={null} />}
      />
      {SERVICE_CATEGORIES.map((category) => {
        const inCategory = services.filter((service) => service.category === category);
        if (inCategory.length === 0) return null;
        const description = info.disciplines.find((discipline) => discipline.category === category)?.description;
        return (
          <section key={category} aria-labelledby={`category-${category}`} className="mb-12">
            <h2 id={`category-${category}`} className="text-2xl font-semibold">
              {SERVICE_CATEGORY_LABELS[category]}
            </h2>
            {description ? <p className="mt-1 max-w-3xl text-muted">{description}</p> : null}
            <ul className="mt-5 grid gap-5 md:grid-cols-2">
              {inCategory.map((service) => (
                <li key={service.id} id={service.slug}>
                  <Card className="flex h-full flex-col">
                    <div className="flex items-baseline justify-between gap-4">
                      <h3 className="text-lg font-semibold">{service.name}</h3>
                      <p className="shrink-0 text-sm font-medium text-muted">{service.durationMinutes} minutes</p>
                    </div>
                    <p className="mt-2 flex-1 text-muted">{service.description}</p>
                    <div className="mt-4">
                      <BookCallToAction phone={null} service={service} variant="secondary" size="sm" />
                    </div>
                  </Card>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
