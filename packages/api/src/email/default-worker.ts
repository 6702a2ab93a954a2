import { getDb } from "@clinic/db/client";
import { emailEnv } from "./env";
import { createMailTransport } from "./transport";
import { startOutboxWorker, type OutboxWorker } from "./worker";

// On globalThis so that a second register() in the same process (dev server reloads) finds it.
const KEY = Symbol.for("clinic.email.outboxWorker");
type WithWorker = typeof globalThis & { [KEY]?: OutboxWorker };

/**
 * Starts this process's outbox sender with the app's database and the transport of the validated
 * env (SMTP_URL, or the development JSON transport), once per process. Returns null and starts
 * nothing when OUTBOX_WORKER=off. For apps, which may not import the database themselves.
 */
export function startDefaultOutboxWorker(): OutboxWorker | null {
  const env = emailEnv();
  if (env.OUTBOX_WORKER === "off") {
    console.info("email outbox: OUTBOX_WORKER=off, this process sends no email");
    return null;
  }
  const holder = globalThis as WithWorker;
  if (!holder[KEY]) {
    holder[KEY] = startOutboxWorker({ db: getDb(), transport: createMailTransport(env) });
    console.info(`email outbox: sending ${env.SMTP_URL ? "through SMTP_URL" : "to the development JSON transport (nothing leaves this machine)"}`);
  }
  return holder[KEY];
}
