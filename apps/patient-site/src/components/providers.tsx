"use client";

import { ToastProvider } from "@clinic/ui/toast";
import type { ReactNode } from "react";
import { TRPCReactProvider } from "~/trpc/react";

/** Client-side context of the pages that call tRPC from the browser (/book, /appointments): the TanStack Query client and toasts. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <TRPCReactProvider>
      <ToastProvider>{children}</ToastProvider>
    </TRPCReactProvider>
  );
}
