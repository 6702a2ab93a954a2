import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";
import type { MetadataRoute } from "next";

/** The web app manifest (/manifest.webmanifest); its dark icon tells the staff tab from the patient site's. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `Staff · ${CLINIC_PROFILE.name}`,
    short_name: `${CLINIC_PROFILE.shortName} Staff`,
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#1e293b",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icon-512.png", type: "image/png", sizes: "512x512" },
    ],
  };
}
