import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

export type HousekeepingEnv = {
  /** "off" keeps this process from pruning old rows (e.g. a test run, or all but one instance). */
  HOUSEKEEPING: "on" | "off";
};

let validated: HousekeepingEnv | undefined;

/** Validated on first use, not at import time, so `next build` can import it with nothing set. */
export function housekeepingEnv(): HousekeepingEnv {
  validated ??= parseHousekeepingEnv(process.env);
  return validated;
}

export function parseHousekeepingEnv(runtimeEnv: Record<string, string | undefined>): HousekeepingEnv {
  return createEnv({
    server: { HOUSEKEEPING: z.enum(["on", "off"]).default("on") },
    runtimeEnv,
    emptyStringAsUndefined: true,
    onValidationError: () => {
      throw new Error('Invalid housekeeping settings: HOUSEKEEPING must be "on" or "off".');
    },
  });
}
