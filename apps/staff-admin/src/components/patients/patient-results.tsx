import type { StaffRouter } from "@clinic/api/staff-router";
import { Table, TBody, TD, TH, THead, TR } from "@clinic/ui/table";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { Pager, pageWindow } from "~/components/pager";
import { patientSearchHref } from "~/lib/search-params";

type SearchResult = inferRouterOutputs<StaffRouter>["patients"]["search"];

/** One page of matches with the total and previous/next links that keep the query. */
export function PatientResults({ query, result }: { query: string; result: SearchResult }) {
  const { items, total, page, pageSize } = result;
  const { first, last } = pageWindow({ page, pageSize, total, shown: items.length });

  return (
    <section aria-labelledby="patient-results-heading" className="flex flex-col gap-4">
      <h2 id="patient-results-heading" className="text-lg font-semibold">
        {total === 1 ? "1 patient found" : `${total} patients found`}
      </h2>
      <Table stacked>
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
              <TD label="Email" className="break-all">{patient.email}</TD>
              <TD label="Phone" className="whitespace-nowrap">{patient.phone ?? "—"}</TD>
              <TD label="Date of birth" className="whitespace-nowrap">{patient.dateOfBirth ?? "—"}</TD>
            </TR>
          ))}
        </TBody>
      </Table>
      {items.length === 0 ? (
        <p>
          There is no page {page} for this search.{" "}
          <Link href={patientSearchHref(1)} className="underline">
            Go to the first page
          </Link>
        </p>
      ) : null}
      <Pager
        label="Result pages"
        page={page}
        pageSize={pageSize}
        total={total}
        shown={items.length}
        hrefFor={(target) => patientSearchHref(target)}
        previousLabel="Previous page"
        nextLabel="Next page"
      />
    </section>
  );
}
