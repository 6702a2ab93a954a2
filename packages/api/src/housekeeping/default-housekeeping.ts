import { getDb } from "@clinic/db/client";
import { housekeepingEnv } from "./env";
import { startHousekeeping, type Housekeeping } from "./housekeeping";

// On globalThis so that a second register() in the same process (dev server reloads) finds it.
const KEY = Symbol.for("clinic.housekeeping");
type WithHousekeeping = typeof globalThis & { [KEY]?: Housekeeping };

/**
 * Starts this process's periodic clean-up with the app's database, once per process. Returns null
 * and starts nothing when HOUSEKEEPING=off. For apps, which may not import the database themselves.
 */
export function startDefaultHousekeeping(): Housekeeping | null {
  if (housekeepingEnv().HOUSEKEEPING === "off") {
    console.info("housekeeping: HOUSEKEEPING=off, this process prunes nothing");
    return null;
  }
  const holder = globalThis as WithHousekeeping;
  holder[KEY] ??= startHousekeeping({ db: getDb() });
  return holder[KEY];
}
