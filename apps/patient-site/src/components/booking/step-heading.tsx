import type { Ref } from "react";

/**
 * A step's heading. It takes focus when the step appears (tabIndex -1: focusable by script only, see
 * focusHeading), so keyboard and screen-reader users land on the new question instead of the top of the page.
 */
export function StepHeading({
  id,
  number,
  total,
  title,
  ref,
}: {
  id: string;
  number?: number;
  total?: number;
  title: string;
  ref?: Ref<HTMLHeadingElement>;
}) {
  return (
    <div data-scroll-anchor className="mb-5 scroll-mt-4">
      {number && total ? (
        <p className="text-sm font-medium text-muted">
          Step {number} of {total}
        </p>
      ) : null}
      <h2 id={id} ref={ref} tabIndex={-1} className="text-2xl font-semibold">
        {title}
      </h2>
    </div>
  );
}
