"use client";

import { slugFromTitle } from "@clinic/domain/content/article-draft";
import { Alert } from "@clinic/ui/alert";
import { Button } from "@clinic/ui/button";
import { Field, fieldDescribedBy } from "@clinic/ui/field";
import { Input } from "@clinic/ui/input";
import { Textarea } from "@clinic/ui/textarea";
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { assessArticle, type ArticleAssessment } from "@clinic/domain/content/assess-article";
import { articleFormValues, assessableOf, citationField } from "./article-form-data";
import { AssessmentPanel } from "./assessment-panel";
import { KindField } from "./kind-field";
import { useArticleVersion } from "./article-version";
import { previewMarkdownAction, saveArticleAction, type ArticleFormState } from "./actions";

/** Seconds of quiet typing after which the browser saves a draft revision by itself. */
const AUTOSAVE_AFTER_MS = 4_000;
const PREVIEW_AFTER_MS = 400;

type Choice = { id: string; name: string };

/**
 * The article editor: a real POST form bound to `saveArticleAction` (works without JavaScript). With
 * JavaScript it also autosaves drafts, warns before leaving with unsaved changes, and renders the
 * preview as you type through the same server-side renderer the patient site uses.
 */
export function ArticleForm({
  articleId,
  initial,
  initialPreviewHtml,
  initialAssessment,
  services,
  articles,
  published,
}: {
  articleId: string | null;
  initial: ArticleFormState;
  initialPreviewHtml: string;
  /** Graded on the server from the saved text, so the panel is there without JavaScript. */
  initialAssessment: ArticleAssessment;
  services: Choice[];
  articles: Choice[];
  published: boolean;
}) {
  const [state, formAction, pending] = useActionState(saveArticleAction, initial);
  const formRef = useRef<HTMLFormElement>(null);
  const { setVersion } = useArticleVersion(initial.version);
  const router = useRouter();
  // Edits made, and how many of them the last posted save carried: unsaved = edits beyond a successful save.
  const [editCount, setEditCount] = useState(0);
  const [postedCount, setPostedCount] = useState(0);
  const edits = useRef(0);
  const dirty = state.saved ? editCount > postedCount : editCount > 0;
  const [previewHtml, setPreviewHtml] = useState(initialPreviewHtml);
  const [slugTouched, setSlugTouched] = useState(Boolean(articleId));
  const autosaveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const previewTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [assessment, setAssessment] = useState(initialAssessment);
  const assessTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const values = state.values;
  const errors = state.fieldErrors ?? {};
  const citationRows = Number(values.citationRows) || 2;
  const chosenServices = new Set((values.relatedServiceIds ?? "").split(","));
  const chosenArticles = new Set((values.relatedArticleIds ?? "").split(","));

  // A finished save (or a refusal) settles the form: nothing unsaved unless typing goes on.
  useEffect(() => {
    if (state.version) setVersion(state.version);
    // Every save, autosaves too, reloads the page's server parts (review panel, steps, revision count); the
    // form is not remounted by that, so typing since the save stays (decision 0094).
    if (state.saved && !state.formError && !state.fieldErrors) router.refresh();
    if (state.formError || state.fieldErrors) {
      const first = Object.keys(state.fieldErrors ?? {})[0];
      const target = first ? formRef.current?.elements.namedItem(first) : formRef.current?.querySelector("[data-form-error]");
      if (target instanceof HTMLElement) target.focus();
    }
  }, [state, setVersion, router]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  function autosave() {
    const form = formRef.current;
    // A new article is created by its first deliberate save; a refused save waits for the editor.
    if (!form || !articleId || state.conflict) return;
    const data = new FormData(form);
    data.set("autosave", "1");
    setPostedCount(edits.current);
    startTransition(() => formAction(data));
  }

  function onInput(event: React.FormEvent<HTMLFormElement>) {
    edits.current += 1;
    setEditCount(edits.current);
    const target = event.target as HTMLElement;
    if (autosaveTimer.current) clearTimeout(autosaveTimer.current);
    autosaveTimer.current = setTimeout(autosave, AUTOSAVE_AFTER_MS);
    if (target instanceof HTMLTextAreaElement && target.name === "bodyMarkdown") {
      const markdown = target.value;
      if (previewTimer.current) clearTimeout(previewTimer.current);
      previewTimer.current = setTimeout(() => {
        void previewMarkdownAction(markdown).then(setPreviewHtml, () => undefined);
      }, PREVIEW_AFTER_MS);
    }
    // Graded in the browser by the same domain function the server used; debounced like the preview.
    if (assessTimer.current) clearTimeout(assessTimer.current);
    assessTimer.current = setTimeout(() => {
      if (formRef.current) setAssessment(assessArticle(assessableOf(articleFormValues(new FormData(formRef.current)))));
    }, PREVIEW_AFTER_MS);
    if (target instanceof HTMLInputElement && target.name === "title" && !slugTouched) {
      const slug = formRef.current?.elements.namedItem("slug");
      if (slug instanceof HTMLInputElement) slug.value = slugFromTitle(target.value);
    }
    if (target instanceof HTMLInputElement && target.name === "slug") setSlugTouched(true);
  }

  function onSubmit() {
    if (autosaveTimer.current) clearTimeout(autosaveTimer.current);
    setPostedCount(edits.current);
  }

  const savedAt = state.saved ? new Date(state.saved.at).toLocaleTimeString([], { hour: "numeric", minute: "2-digit" }) : null;
  const described = (name: string, hasHint = false) => fieldDescribedBy(name, { error: errors[name], hint: hasHint ? "shown" : undefined });

  return (
    <form ref={formRef} action={formAction} onInput={onInput} onSubmit={onSubmit} noValidate className="flex flex-col gap-6" aria-describedby={state.formError ? "article-form-error" : undefined}>
      {articleId ? <input type="hidden" name="id" value={articleId} /> : null}
      <input type="hidden" name="version" value={String(state.version ?? "")} />
      <input type="hidden" name="citationRows" value={String(citationRows)} />

      {state.formError ? (
        <div id="article-form-error" data-form-error tabIndex={-1}>
          <Alert tone="error" title={state.conflict ? "Not saved: someone else changed this article" : undefined}>
            {state.formError}
          </Alert>
        </div>
      ) : null}
      <p role="status" className="min-h-5 text-sm text-muted">
        {pending ? "Saving…" : state.saved ? `${state.saved.autosave ? "Draft autosaved" : "Saved"} as revision ${state.saved.revisionNumber} at ${savedAt}.` : dirty ? "Unsaved changes." : ""}
      </p>

      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="title" label="Title" error={errors.title} required>
          <Input id="title" name="title" required defaultValue={values.title} invalid={Boolean(errors.title)} aria-describedby={described("title")} />
        </Field>
        <KindField defaultValue={values.kind} error={errors.kind} />
      </div>
      <Field
        id="slug"
        label="Address (slug)"
        error={errors.slug}
        hint={published ? "Changing it moves the page; the old address keeps working and redirects to the new one." : "Lower-case words joined by dashes, e.g. upper-back-pain."}
        required
      >
        <Input id="slug" name="slug" required defaultValue={values.slug} invalid={Boolean(errors.slug)} aria-describedby={described("slug", true)} autoCapitalize="none" spellCheck={false} />
      </Field>
      <Field id="summary" label="Summary" hint="One or two sentences: shown in lists, search results and to search engines." error={errors.summary} required>
        <Textarea id="summary" name="summary" rows={2} required defaultValue={values.summary} invalid={Boolean(errors.summary)} aria-describedby={described("summary", true)} />
      </Field>

      <div className="grid gap-5 lg:grid-cols-2">
        <Field id="bodyMarkdown" label="Text (Markdown)" hint="## for a section heading, - for a list item, **bold**, [link text](https://…)." error={errors.bodyMarkdown}>
          <Textarea id="bodyMarkdown" name="bodyMarkdown" rows={22} defaultValue={values.bodyMarkdown} invalid={Boolean(errors.bodyMarkdown)} aria-describedby={described("bodyMarkdown", true)} className="font-mono text-sm" />
        </Field>
        <section aria-labelledby="preview-title" className="flex flex-col gap-1.5">
          <h2 id="preview-title" className="text-sm font-medium text-ink">
            Preview <span className="font-normal text-muted">(as patients will see it)</span>
          </h2>
          {/* Rendered and sanitized on the server by @clinic/ui/markdown, exactly as on the patient site. */}
          <div className="article-body max-h-[34rem] overflow-y-auto rounded-card border border-line bg-surface p-4" tabIndex={0} aria-label="Preview of the text" dangerouslySetInnerHTML={{ __html: previewHtml }} />
          <AssessmentPanel assessment={assessment} id="editor-assessment-title" title="Readability and checks" />
        </section>
      </div>

      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-ink">Related services (their “Book” buttons appear under the article)</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {services.map((service) => (
            <label key={service.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="relatedServiceIds" value={service.id} defaultChecked={chosenServices.has(service.id)} className="size-5 accent-brand-700" />
              {service.name}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-ink">Related articles</legend>
        {articles.length === 0 ? <p className="text-sm text-muted">No other articles yet.</p> : null}
        <div className="grid max-h-56 gap-2 overflow-y-auto sm:grid-cols-2" tabIndex={articles.length > 8 ? 0 : undefined}>
          {articles.map((article) => (
            <label key={article.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="relatedArticleIds" value={article.id} defaultChecked={chosenArticles.has(article.id)} className="size-5 accent-brand-700" />
              {article.name}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-3">
        <legend className="text-sm font-medium text-ink">Sources cited</legend>
        <p className="text-sm text-muted">Leave a row empty to skip it. Save to get more empty rows.</p>
        {Array.from({ length: citationRows }, (_, row) => (
          <div key={row} className="grid gap-3 rounded-card border border-line p-3 sm:grid-cols-[2fr_1fr_2fr_auto]">
            {(
              [
                ["title", "Title"],
                ["publisher", "Publisher"],
                ["url", "Web address"],
                ["accessedOn", "Read on"],
              ] as const
            ).map(([part, label]) => {
              const name = citationField(row, part);
              return (
                <Field key={part} id={name} label={`${label} (source ${row + 1})`} error={errors[name]}>
                  <Input
                    id={name}
                    name={name}
                    type={part === "accessedOn" ? "date" : part === "url" ? "url" : "text"}
                    defaultValue={values[name]}
                    invalid={Boolean(errors[name])}
                    aria-describedby={described(name)}
                  />
                </Field>
              );
            })}
          </div>
        ))}
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" loading={pending}>
          {articleId ? "Save draft" : "Create draft"}
        </Button>
        <p className="text-sm text-muted">Every save is kept as a revision. Patients see nothing until a provider approves it.</p>
      </div>
    </form>
  );
}
