import { buttonClasses } from "@clinic/ui/button";
import Link from "next/link";
import { telHref } from "~/format/phone";

/**
 * "Book an appointment" before online booking exists: signed-in patients go to their appointments,
 * everyone else creates an account first; the phone number always works.
 */
export function BookCallToAction({ signedIn, phone }: { signedIn: boolean; phone: string | null }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <Link href={signedIn ? "/appointments" : "/sign-up"} className={buttonClasses({ size: "lg" })}>
        Book an appointment
      </Link>
      {phone ? (
        <p className="text-muted">
          or call <a href={telHref(phone)} className="font-medium text-brand-800">{phone}</a>
        </p>
      ) : null}
    </div>
  );
}
