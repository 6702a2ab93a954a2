import type { MetadataRoute } from "next";
import { CLINIC_PROFILE } from "@clinic/domain/clinic/clinic-profile";

/** The web app manifest (/manifest.webmanifest): a phone's "Add to Home Screen" gets the name, colours and icons. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: CLINIC_PROFILE.name,
    short_name: CLINIC_PROFILE.shortName,
    description: "Book visits and read the health library of a pain, physical therapy and massage clinic.",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0f625c",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icon-512.png", type: "image/png", sizes: "512x512" },
    ],
  };
}
