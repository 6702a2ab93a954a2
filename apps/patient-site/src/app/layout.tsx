import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { loadPageFrame } from "~/data/page-frame";
import { siteUrl } from "~/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: CLINIC_PROFILE.name, template: `%s · ${CLINIC_PROFILE.name}` },
  description:
    "Interventional pain management, physical therapy and massage therapy in Austin and El Paso, Texas. Book visits and read our medically reviewed health library.",
  openGraph: { siteName: CLINIC_PROFILE.name, type: "website" },
};

// Rendered per request (each render needs its CSP nonce) and reading no session: public pages are then
// served from the proxy's page cache with a fresh nonce each time (docs/decisions/0091).
export const dynamic = "force-dynamic";

export const viewport: Viewport = { themeColor: "#0f625c" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const frame = await loadPageFrame();

  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-canvas font-sans text-ink antialiased">
        <a
          href="#main"
          className="sr-only rounded-md bg-brand-800 px-4 py-2 font-medium text-white focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
        >
          Skip to main content
        </a>
        <SiteHeader clinicName={frame.clinicName} />
        {/* tabIndex lets the skip link move keyboard focus here, not just scroll. */}
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-10 outline-none sm:px-6">
          {children}
        </main>
        <SiteFooter clinicName={frame.clinicName} phone={frame.phone} locations={frame.locations} />
      </body>
    </html>
  );
}
