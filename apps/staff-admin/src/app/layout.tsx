import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { TRPCReactProvider } from "~/trpc/react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: `Staff · ${CLINIC_PROFILE.name}`, template: `%s · Staff · ${CLINIC_PROFILE.name}` },
  description: `Staff administration for ${CLINIC_PROFILE.name}.`,
  // Staff tools hold patient data: keep them out of search engines.
  robots: { index: false, follow: false },
};

// Pages are rendered per request so Next can put each response's CSP nonce on its scripts (docs/decisions/0041).
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-canvas font-sans text-ink antialiased">
        <TRPCReactProvider>{children}</TRPCReactProvider>
      </body>
    </html>
  );
}
