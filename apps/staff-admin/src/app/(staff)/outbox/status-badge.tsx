import { EMAIL_STATUS_LABELS, type EmailStatus } from "./outbox-params";

const TONES: Record<EmailStatus, string> = {
  pending: "border-info-200 bg-info-50 text-info-700",
  sending: "border-warning-200 bg-warning-50 text-warning-800",
  sent: "border-success-200 bg-success-50 text-success-700",
  failed: "border-danger-200 bg-danger-50 text-danger-700",
};

/** The status in words (colour only repeats it). */
export function StatusBadge({ status }: { status: EmailStatus }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${TONES[status]}`}>
      {EMAIL_STATUS_LABELS[status]}
    </span>
  );
}
