import Link from "next/link";
import { env } from "~/env";
import { telHref } from "~/format/phone";

type FooterLocation = { slug: string; name: string; addressLine1: string; city: string; region: string; phone: string };

export function SiteFooter({ clinicName, phone, locations }: { clinicName: string; phone: string | null; locations: FooterLocation[] }) {
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm sm:px-6 md:grid-cols-3">
        <div>
          <p className="font-semibold text-ink">{clinicName}</p>
          {phone ? (
            <p className="mt-2 text-muted">
              Call us: <a href={telHref(phone)} className="text-brand-800">{phone}</a>
            </p>
          ) : null}
        </div>
        <div>
          <h2 className="font-semibold text-ink">Our locations</h2>
          <ul className="mt-2 space-y-2 text-muted">
            {locations.map((location) => (
              <li key={location.slug}>
                <Link href={`/locations#${location.slug}`} className="text-brand-800">
                  {location.name}
                </Link>
                <br />
                {location.addressLine1}, {location.city}, {location.region}
                <br />
                <a href={telHref(location.phone)} className="text-brand-800">
                  {location.phone}
                </a>
              </li>
            ))}
          </ul>
        </div>
        <div className="text-muted">
          <p>
            Our health library is educational and is not medical advice. For advice about your own health, talk to a
            clinician. In an emergency, call 911.
          </p>
          <p className="mt-3">
            © {new Date().getFullYear()} {clinicName}
          </p>
          {env.NEXT_PUBLIC_STAFF_ADMIN_URL ? (
            <p className="mt-3">
              <a href={env.NEXT_PUBLIC_STAFF_ADMIN_URL} className="text-brand-800">
                Staff sign-in
              </a>
            </p>
          ) : null}
        </div>
      </div>
    </footer>
  );
}
