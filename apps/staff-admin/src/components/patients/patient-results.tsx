import type { StaffRouter } from "@clinic/api/staff-router";
import { buttonClasses } from "@clinic/ui/button";
import { Table, TBody, TD, TH, THead, TR } from "@clinic/ui/table";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { patientSearchHref } from "~/lib/search-params";

type SearchResult = inferRouterOutputs<StaffRouter>["patients"]["search"];

/** One page of matches with the total and previous/next links that keep the query. */
export function PatientResults({ query, result }: { query: string; result: SearchResult }) {
  const { items, total, page, pageSize } = result;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;
  const last = first + items.length - 1;

  return (
    <section aria-labelledby="patient-results-heading" className="flex flex-col gap-4">
      <h2 id="patient-results-heading" className="text-lg font-semibold">
        {total === 1 ? "1 patient found" : `${total} patients found`}
      </h2>
      <Table>
        <caption className="sr-only">
          Patients matching “{query}”, {first} to {last} of {total}
        </caption>
        <THead>
          <TR>
            <TH>Name</TH>
            <TH>Email</TH>
            <TH>Phone</TH>
            <TH>Date of birth</TH>
          </TR>
        </THead>
        <TBody>
          {items.map((patient) => (
            <TR key={patient.id}>
              <TD>
                <Link href={`/patients/${patient.id}`} className="font-medium text-brand-800 underline">
                  {patient.name}
                </Link>
              </TD>
              <TD className="break-all">{patient.email}</TD>
              <TD className="whitespace-nowrap">{patient.phone ?? "—"}</TD>
              <TD className="whitespace-nowrap">{patient.dateOfBirth ?? "—"}</TD>
            </TR>
          ))}
        </TBody>
      </Table>
      {items.length === 0 ? (
        <p>
          There is no page {page} for this search.{" "}
          <Link href={patientSearchHref(query, 1)} className="underline">
            Go to the first page
          </Link>
        </p>
      ) : null}
      <nav aria-label="Result pages" className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted">
          {items.length > 0 ? `Showing ${first}–${last} of ${total}` : `${total} in total`} · page {page} of {pageCount}
        </p>
        <div className="flex gap-2">
          {page > 1 ? (
            <Link href={patientSearchHref(query, Math.min(page - 1, pageCount))} className={buttonClasses({ variant: "secondary", size: "sm" })} rel="prev">
              Previous page
            </Link>
          ) : null}
          {page < pageCount ? (
            <Link href={patientSearchHref(query, page + 1)} className={buttonClasses({ variant: "secondary", size: "sm" })} rel="next">
              Next page
            </Link>
          ) : null}
        </div>
      </nav>
    </section>
  );
}
