import { Button } from "@clinic/ui/button";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { Input } from "@clinic/ui/input";
import { searchPatientsAction } from "~/app/(staff)/patients/actions";

const HINT = "Part of a name, an email address, or a phone number (with or without dashes).";

/**
 * Posted to a server action (works without JavaScript), never a GET: a patient's name, email or phone
 * must not land in a URL. Validation happens on the server with the procedure's own schema.
 */
export function PatientSearchForm({ query, error }: { query: string; error: string | undefined }) {
  return (
    <form action={searchPatientsAction} role="search" aria-label="Patients" className="flex max-w-2xl flex-col gap-3 sm:flex-row sm:items-start">
      <div className="flex-1">
        <Field id="patient-query" label="Search patients" hint={HINT} error={error}>
          <Input
            id="patient-query"
            name="q"
            type="search"
            defaultValue={query}
            autoComplete="off"
            invalid={Boolean(error)}
            aria-describedby={fieldDescribedBy("patient-query", { error, hint: HINT })}
          />
        </Field>
      </div>
      <Button type="submit" className="sm:mt-7">
        Search
      </Button>
    </form>
  );
}
