import type { Job } from "graphile-worker";
import { describe, expect, it } from "vitest";
import { JobFailed } from "./job-failure";
import { jobLogger } from "./logger";
import { capturingLog } from "./testing/queue";

const job = { id: "42", task_identifier: "appointment_reminder", attempts: 2, max_attempts: 10, payload: { toAddress: "alex.rivera@example.com" } } as unknown as Job;

describe("jobLogger", () => {
  it("names a failed job by id, task and error class; never its payload or error message", () => {
    const { lines, write } = capturingLog();
    const error = Object.assign(new Error('duplicate key value violates unique constraint; Key (to_address)=(alex.rivera@example.com)'), { code: "23505" });
    const logger = jobLogger(write).scope({ label: "worker", workerId: "w1" });

    logger.error(`Failed task 42 (appointment_reminder) with error '${error.message}':\n  ${error.stack}`, { failure: true, job, error });
    logger.error("Failed task 42", { failure: true, job: { ...job, attempts: 10 }, error: new JobFailed(error) });

    expect(lines).toEqual([
      "worker: job 42 (appointment_reminder) failed on attempt 2 of 10: Error (SQLSTATE 23505); will retry with back-off",
      "worker: job 42 (appointment_reminder) failed on attempt 10 of 10: Error (SQLSTATE 23505); giving up",
    ]);
    expect(lines.join("\n")).not.toContain("alex.rivera");
  });

  it("drops debug lines (one prints the connection string) and the line per successful job", () => {
    const { lines, write } = capturingLog();
    const logger = jobLogger(write);
    logger.debug("Worker pool options are { connectionString: 'postgres://clinic:s3cret@db/clinic' }");
    logger.info("Completed task 42 (deliver_outbox, 3.10ms) with success", { job, success: true });
    logger.info("Worker connected and looking for jobs... (task names: 'deliver_outbox')");
    logger.warn("Something to look at");

    logger.scope({ label: "cron" }).error("Cron hit an error; restarting in 1000ms");
    logger.scope({ label: "job", taskIdentifier: "housekeeping", jobId: "7" }).info("removed 3 old sign-in attempts");

    expect(lines).toEqual([
      "worker: Worker connected and looking for jobs... (task names: 'deliver_outbox')",
      "worker: Something to look at",
      "worker [cron]: Cron hit an error; restarting in 1000ms",
      "worker [housekeeping job 7]: removed 3 old sign-in attempts",
    ]);
  });
});

describe("JobFailed", () => {
  it("carries the class and SQLSTATE of what failed as its message, the original as its cause", () => {
    const cause = Object.assign(new Error("Failed query: insert … params: alex.rivera@example.com"), { code: "23514" });
    const failed = new JobFailed(cause);
    expect(failed.message).toBe("Error (SQLSTATE 23514)");
    expect(failed.cause).toBe(cause);
    expect(new JobFailed(new TypeError("alex.rivera@example.com")).message).toBe("TypeError");
  });
});
