"use client";

import { useEffect, useRef } from "react";

/** The step's heading, focused when the step appears, so keyboard and screen-reader users start there. */
export function FocusHeading({ children, id }: { children: string; id: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [children]);
  return (
    <h2 ref={ref} id={id} tabIndex={-1} className="text-xl font-semibold outline-none">
      {children}
    </h2>
  );
}
