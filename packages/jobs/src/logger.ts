import { Logger, type Job, type LogFunctionFactory } from "graphile-worker";
import { errorClassOf, JobFailed } from "./job-failure";

type Write = Pick<Console, "info" | "warn" | "error">;
type LogScope = Parameters<LogFunctionFactory>[0];

/**
 * graphile-worker's log, fit for a clinic: no debug lines (one of them prints the pool options,
 * connection string included), no line per successful job (the tasks log what they did), and a
 * failed job named by id, task and error class — never its payload or error message.
 */
export function jobLogger(write: Write = console): Logger {
  const factory: LogFunctionFactory = (scope) => (level, message, meta) => {
    const text = meta?.failure ? describeFailure(meta.job as Job | undefined, meta.error) : message;
    const line = `worker${contextOf(scope)}: ${text}`;
    switch (String(level)) {
      case "error":
        return write.error(line);
      case "warning":
        return write.warn(line);
      case "info":
        if (!meta?.success) write.info(line);
        return;
      default:
        return; // debug
    }
  };
  return new Logger(factory);
}

/** " [appointment_reminder job 42]" inside a task, " [cron]" from a part of the queue, "" from a worker. */
function contextOf(scope: LogScope): string {
  if (scope.taskIdentifier) return ` [${scope.taskIdentifier}${scope.jobId ? ` job ${scope.jobId}` : ""}]`;
  return scope.label && scope.label !== "worker" ? ` [${scope.label}]` : "";
}

function describeFailure(job: Job | undefined, error: unknown): string {
  const reason = error instanceof JobFailed ? error.message : errorClassOf(error);
  if (!job) return `a job failed: ${reason}`;
  const next = job.attempts < job.max_attempts ? "will retry with back-off" : "giving up";
  return `job ${job.id} (${job.task_identifier}) failed on attempt ${job.attempts} of ${job.max_attempts}: ${reason}; ${next}`;
}

