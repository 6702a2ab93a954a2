"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

export type DialogProps = { open: boolean; onClose: () => void; title: string; children: ReactNode };

/**
 * A modal on the native <dialog>: the browser traps focus, makes the page behind inert and closes on Escape.
 * `open` stays the source of truth; Escape and the close button ask the owner to close via onClose.
 */
export function Dialog({ open, onClose, title, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // happy-dom and old browsers lack showModal; fall back to the non-modal attribute.
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Keep React in charge: without preventDefault the browser closes the dialog behind our back.
        event.preventDefault();
        onClose();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-card border border-line bg-surface p-0 text-ink shadow-card backdrop:bg-ink/40"
    >
      <div className="flex items-start justify-between gap-4 border-b border-line px-5 py-4">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close"
          className="-m-1 rounded-md p-1 text-muted hover:bg-canvas hover:text-ink focus-visible:outline-2 focus-visible:outline-focus"
        >
          <span aria-hidden="true" className="block size-5 text-xl leading-5">
            ×
          </span>
        </button>
      </div>
      <div className="px-5 py-4">{children}</div>
    </dialog>
  );
}
