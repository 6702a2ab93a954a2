"use client";

import { Button } from "@clinic/ui/button";

/** Opens the browser's print dialog; the page's print styles turn the calendar into the day sheet. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" variant="ghost" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
