/**
 * Moves focus to a heading after the content around it changed, and scrolls it to the top of the
 * screen when it is above it or low on it (on a phone the next step's first card would be cut off).
 * The element marked `data-scroll-anchor` around the heading (e.g. with "Step 2 of 5") scrolls with it.
 * globals.css gives such headings (tabindex -1) a visible focus outline.
 */
export function focusHeading(heading: HTMLElement | null): void {
  if (!heading) return;
  heading.focus({ preventScroll: true });
  const { top } = heading.getBoundingClientRect();
  if (top < 0 || top > window.innerHeight / 3) {
    (heading.closest<HTMLElement>("[data-scroll-anchor]") ?? heading).scrollIntoView({ block: "start" });
  }
}
