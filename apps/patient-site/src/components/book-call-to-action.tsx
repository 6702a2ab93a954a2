import { buttonClasses, type ButtonVariant } from "@clinic/ui/button";
import Link from "next/link";
import { telHref } from "~/format/phone";

/** Where "Book …" links go: the booking flow, with the service chosen when there is one. */
function bookServiceHref(serviceSlug?: string): string {
  return serviceSlug ? `/book?${new URLSearchParams({ service: serviceSlug })}` : "/book";
}

/**
 * "Book an appointment", or "Book <service>" with that service preselected on /book. Browsing the
 * booking flow needs no account (it asks at Confirm); the phone number always works too.
 */
export function BookCallToAction({
  phone,
  service,
  variant = "primary",
  size = "lg",
}: {
  phone: string | null;
  service?: { slug: string; name: string };
  variant?: ButtonVariant;
  size?: "sm" | "md" | "lg";
}) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <Link href={bookServiceHref(service?.slug)} className={buttonClasses({ variant, size })}>
        {service ? `Book ${service.name}` : "Book an appointment"}
      </Link>
      {phone ? (
        <p className="text-muted">
          or call <a href={telHref(phone)} className="font-medium text-brand-800">{phone}</a>
        </p>
      ) : null}
    </div>
  );
}
