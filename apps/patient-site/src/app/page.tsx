import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import { buttonClasses } from "@clinic/ui/button";
import { Card } from "@clinic/ui/card";
import type { Metadata } from "next";
import Link from "next/link";
import { getSessionUser } from "~/auth";
import { BookCallToAction } from "~/components/book-call-to-action";
import { JsonLd } from "~/components/json-ld";
import { medicalClinics } from "~/content/structured-data";
import { getClinicInfo, getLocations } from "~/data/clinic-info";
import { siteUrl } from "~/env";
import { getCaller } from "~/trpc/server";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { absolute: `${CLINIC_PROFILE.name} — pain care, physical therapy and massage` },
  description:
    "One clinic for interventional pain management, physical therapy and VIDA Massage & Spa, in Austin and El Paso, Texas.",
  alternates: { canonical: "/" },
};

export default async function HomePage() {
  const caller = await getCaller();
  const [info, services, user, locations] = await Promise.all([getClinicInfo(), caller.services.list(), getSessionUser(), getLocations()]);

  return (
    <>
      <JsonLd data={medicalClinics(info.name, locations, siteUrl())} />
      <section aria-labelledby="intro-title" className="rounded-card bg-brand-50 px-6 py-12 sm:px-10">
        <h1 id="intro-title" className="max-w-3xl text-4xl font-semibold tracking-tight text-ink sm:text-5xl">
          {info.name}
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-muted">{info.tagline}</p>
        <p className="mt-2 max-w-2xl text-muted">
          Pain specialists, physical therapists and massage therapists work as one team at{" "}
          {info.locations.map((location) => location.name).join(" and ")}.
        </p>
        <div className="mt-8">
          <BookCallToAction phone={info.phone} />
        </div>
        {user ? null : (
          <p className="mt-4 text-sm text-muted">
            Already a patient? <Link href="/sign-in" className="font-medium text-brand-800">Sign in</Link> to see your
            appointments.
          </p>
        )}
      </section>

      <section aria-labelledby="services-title" className="mt-14">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h2 id="services-title" className="text-2xl font-semibold">
            Our services
          </h2>
          <Link href="/services" className="font-medium text-brand-800">
            All services and durations
          </Link>
        </div>
        <div className="mt-6 grid gap-6 md:grid-cols-3">
          {info.disciplines.map((discipline) => {
            const inDiscipline = services.filter((service) => service.category === discipline.category);
            return (
              <Card key={discipline.category} className="flex flex-col">
                <h3 className="text-lg font-semibold text-brand-800">{discipline.label}</h3>
                <p className="mt-2 text-sm text-muted">{discipline.description}</p>
                <ul className="mt-4 space-y-2">
                  {inDiscipline.map((service) => (
                    <li key={service.id} className="flex justify-between gap-3 text-sm">
                      <Link href={`/services#${service.slug}`} className="text-ink">
                        {service.name}
                      </Link>
                      <span className="shrink-0 text-muted">{service.durationMinutes} min</span>
                    </li>
                  ))}
                </ul>
              </Card>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="library-title" className="mt-14 grid gap-6 md:grid-cols-2">
        <Card>
          <h2 id="library-title" className="text-xl font-semibold">
            Health library
          </h2>
          <p className="mt-2 text-muted">
            Plain-language articles on back pain and its treatments, reviewed by our clinicians.
          </p>
          <Link href="/health-library" className={`mt-4 ${buttonClasses({ variant: "secondary" })}`}>
            Read the health library
          </Link>
        </Card>
        <Card>
          <h2 className="text-xl font-semibold">Meet the team</h2>
          <p className="mt-2 text-muted">Physicians, physical therapists and licensed massage therapists.</p>
          <Link href="/providers" className={`mt-4 ${buttonClasses({ variant: "secondary" })}`}>
            Our providers
          </Link>
        </Card>
      </section>
    </>
  );
}
