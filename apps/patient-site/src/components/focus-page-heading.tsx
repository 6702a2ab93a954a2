"use client";

import { useEffect } from "react";
import { focusHeading } from "./focus-heading";

/**
 * Moves focus to the page's <h1> when the page appears. For pages that are the result of an action (a
 * booking confirmed): the button that had focus is gone, and focus would otherwise drop to <body>.
 */
export function FocusPageHeading() {
  useEffect(() => {
    const heading = document.querySelector<HTMLElement>("main h1");
    if (!heading) return;
    heading.tabIndex = -1;
    focusHeading(heading);
  }, []);
  return null;
}
