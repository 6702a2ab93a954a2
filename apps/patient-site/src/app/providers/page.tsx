import { SERVICE_CATEGORY_LABELS, type ServiceCategory } from "@clinic/domain/clinic/service-category";
import { Card } from "@clinic/ui/card";
import { PageHeader } from "@clinic/ui/page-header";
import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { JsonLd } from "~/components/json-ld";
import { physicians } from "~/content/structured-data";
import { siteUrl } from "~/env";
import { getCaller } from "~/trpc/server";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Providers",
  description: "Our pain physicians, physical therapists and licensed massage therapists, and where they see patients.",
  alternates: { canonical: "/providers" },
};

function disciplineLabel(category: string): string {
  return SERVICE_CATEGORY_LABELS[category as ServiceCategory] ?? category;
}

export default async function ProvidersPage() {
  const providers = await (await getCaller()).providers.list();

  return (
    <>
      <JsonLd data={physicians(providers, siteUrl())} />
      <PageHeader
        title="Providers"
        description="Physicians, physical therapists and massage therapists who plan your care together."
      />
      <ul className="grid gap-6 md:grid-cols-2">
        {providers.map((provider) => (
          // The id lets articles link a reviewer straight to their card (/providers#slug).
          <li key={provider.id} id={provider.slug}>
            <Card className="h-full">
              <div className="flex gap-4">
                {provider.photo ? (
                  // Resized by /_next/image from our immutable /media route; 96 CSS px, so 1x and 2x.
                  <Image
                    src={provider.photo.url}
                    alt={provider.photo.alt}
                    width={provider.photo.width}
                    height={provider.photo.height}
                    sizes="96px"
                    className="size-24 shrink-0 rounded-full object-cover"
                  />
                ) : (
                  <div
                    aria-hidden="true"
                    className="flex size-24 shrink-0 items-center justify-center rounded-full bg-brand-100 text-2xl font-semibold text-brand-800"
                  >
                    {initials(provider.name)}
                  </div>
                )}
                <div>
                  <h2 className="text-xl font-semibold">{provider.name}</h2>
                  <p className="text-muted">{provider.title}</p>
                </div>
              </div>
              <p className="mt-4">{provider.bio}</p>
              <dl className="mt-4 space-y-2 text-sm">
                <div>
                  <dt className="inline font-medium">Disciplines: </dt>
                  <dd className="inline text-muted">{provider.disciplines.map(disciplineLabel).join(", ")}</dd>
                </div>
                <div>
                  <dt className="inline font-medium">Sees patients at: </dt>
                  <dd className="inline">
                    {provider.locations.map((location, index) => (
                      <span key={location.id}>
                        {index > 0 ? ", " : null}
                        <Link href={`/locations#${location.slug}`} className="text-brand-800">
                          {location.name}
                        </Link>
                      </span>
                    ))}
                  </dd>
                </div>
                {provider.services.length > 0 ? (
                  <div>
                    <dt className="inline font-medium">Services: </dt>
                    <dd className="inline text-muted">{provider.services.map((service) => service.name).join(", ")}</dd>
                  </div>
                ) : null}
              </dl>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}

/** "Dr. Maya Okafor" → "MO": titles are skipped so the avatar shows the person's initials. */
function initials(name: string): string {
  const words = name.split(/\s+/).filter((word) => !/\.$/.test(word) && /^[A-Za-z]/.test(word));
  return words
    .slice(0, 1)
    .concat(words.slice(-1))
    .map((word) => word[0]?.toUpperCase() ?? "")
    .join("");
}
