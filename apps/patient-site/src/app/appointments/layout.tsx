import type { ReactNode } from "react";
import { Providers } from "~/components/providers";

/** Only the appointment pages use the tRPC client and toasts; the library and other pages ship without them (decision 0092). */
export default function AppointmentsLayout({ children }: { children: ReactNode }) {
  return <Providers>{children}</Providers>;
}
