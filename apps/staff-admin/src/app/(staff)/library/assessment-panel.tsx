import type { ArticleAssessment } from "@clinic/domain/content/assess-article";
import { cn } from "@clinic/ui/cn";

/**
 * The text's Flesch–Kincaid grade against the target and the editorial warnings (domain `assessArticle`).
 * Plain markup, so the server renders it on load and the editor re-renders it as the text changes.
 */
export function AssessmentPanel({ assessment, id, title }: { assessment: ArticleAssessment; id: string; title: string }) {
  const { readability, warnings } = assessment;
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2 rounded-card border border-line bg-surface p-4 text-sm">
      <h3 id={id} className="font-semibold text-ink">
        {title}
      </h3>
      <p data-testid="readability-grade" className={cn("font-medium", readability.withinTarget ? "text-success-700" : "text-warning-800")}>
        {readability.message}
      </p>
      {readability.grade !== null ? (
        <p className="text-muted">
          Flesch–Kincaid grade of {readability.words} words in {readability.sentences} sentences: shorter sentences and shorter words lower it.
        </p>
      ) : null}
      {warnings.length > 0 ? (
        <ul className="list-disc pl-5 text-warning-800">
          {warnings.map((warning, index) => (
            <li key={`${warning.code}-${index}`}>{warning.message}</li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">No warnings.</p>
      )}
    </section>
  );
}
