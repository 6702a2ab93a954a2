import { ARTICLE_KINDS } from "@clinic/domain/content/article-kind";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { Select } from "@clinic/ui/select";
import { KIND_LABELS } from "./labels";

/** The article kind as a required field: the editor and the import ask for it the same way. */
export function KindField({ defaultValue, error, className }: { defaultValue: string | undefined; error: string | undefined; className?: string }) {
  return (
    <Field id="kind" label="Kind" error={error} required>
      <Select id="kind" name="kind" defaultValue={defaultValue || "condition"} invalid={Boolean(error)} aria-describedby={fieldDescribedBy("kind", { error })} className={className}>
        {ARTICLE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {KIND_LABELS[kind]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
