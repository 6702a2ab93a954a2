/** First focusable element: lets keyboard users jump past the navigation (WCAG 2.4.1). */
export function SkipLink({ target = "main-content" }: { target?: string }) {
  return (
    <a
      href={`#${target}`}
      className="sr-only rounded-lg bg-surface px-4 py-2 font-medium text-brand-800 focus:not-sr-only focus:absolute focus:px-4 focus:py-2 focus:shadow-card focus:left-4 focus:top-4 focus:z-50 focus:outline-2 focus:outline-focus"
    >
      Skip to main content
    </a>
  );
}
