"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { cn } from "./cn";

export type ToastTone = "success" | "error" | "info" | "warning";
export type ToastInput = { title: string; description?: string; tone?: ToastTone };
type ToastItem = ToastInput & { id: number; tone: ToastTone };

export type ToastFn = (toast: ToastInput) => void;
/** Callable directly (`toast({...})`) and destructurable (`const { toast } = useToast()`). */
export type ToastApi = ToastFn & { toast: ToastFn };

const ToastContext = createContext<ToastApi | null>(null);

/** Long enough to read two lines at a slow pace; errors stay until dismissed. */
const AUTO_DISMISS_MS = 6000;

const tones: Record<ToastTone, string> = {
  success: "border-success-200 bg-success-50 text-success-700",
  error: "border-danger-200 bg-danger-50 text-danger-800",
  info: "border-info-200 bg-info-50 text-info-700",
  warning: "border-warning-200 bg-warning-50 text-warning-800",
};

export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setItems((current) => current.filter((item) => item.id !== id)), []);

  const api = useMemo<ToastApi>(() => {
    const show: ToastFn = ({ tone = "info", ...rest }) => {
      const id = nextId.current++;
      setItems((current) => [...current.slice(-3), { ...rest, tone, id }]);
    };
    return Object.assign(show, { toast: show });
  }, []);

  const polite = items.filter((item) => item.tone !== "error");
  const assertive = items.filter((item) => item.tone === "error");

  return (
    <ToastContext.Provider value={api}>
      {children}
      {/* Live regions exist before any toast so screen readers register them and announce additions. */}
      <div className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 sm:items-end">
        <div role="status" aria-live="polite" className="flex w-full flex-col items-center gap-2 sm:items-end">
          {polite.map((item) => (
            <ToastCard key={item.id} item={item} onDismiss={dismiss} />
          ))}
        </div>
        <div role="alert" aria-live="assertive" className="flex w-full flex-col items-center gap-2 sm:items-end">
          {assertive.map((item) => (
            <ToastCard key={item.id} item={item} onDismiss={dismiss} />
          ))}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

function ToastCard({ item, onDismiss }: { item: ToastItem; onDismiss: (id: number) => void }) {
  useEffect(() => {
    if (item.tone === "error") return;
    const timer = setTimeout(() => onDismiss(item.id), AUTO_DISMISS_MS);
    return () => clearTimeout(timer);
  }, [item.id, item.tone, onDismiss]);

  return (
    <div
      className={cn(
        "pointer-events-auto flex w-full max-w-sm animate-toast-in items-start gap-3 rounded-lg border px-4 py-3 text-sm shadow-card",
        tones[item.tone],
      )}
    >
      <div className="flex-1">
        <p className="font-semibold">{item.title}</p>
        {item.description ? <p className="mt-0.5">{item.description}</p> : null}
      </div>
      <button
        type="button"
        onClick={() => onDismiss(item.id)}
        className="rounded px-1 font-medium underline focus-visible:outline-2 focus-visible:outline-focus"
      >
        Dismiss
      </button>
    </div>
  );
}

/** Shows a short message in the corner; must be used below <ToastProvider>. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error("useToast must be used inside <ToastProvider>.");
  return api;
}
