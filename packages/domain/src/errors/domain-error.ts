/**
 * Domain errors are values with a stable `kind`; the API maps each kind to a transport code in one
 * place (packages/api/src/errors.ts). Messages are written for the person who will read them.
 */
export const DOMAIN_ERROR_KINDS = ["not_found", "conflict", "forbidden", "unauthenticated", "invalid", "too_many_requests"] as const;
export type DomainErrorKind = (typeof DOMAIN_ERROR_KINDS)[number];

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export class NotFound extends DomainError {
  constructor(what: string) {
    super("not_found", `${what} was not found.`);
    this.name = "NotFound";
  }
}

export class EmailAlreadyRegistered extends DomainError {
  constructor() {
    super("conflict", "An account with this email already exists. Sign in, or use another email.");
    this.name = "EmailAlreadyRegistered";
  }
}

export class SlotUnavailable extends DomainError {
  constructor() {
    super("conflict", "That time was just taken — please pick another.");
    this.name = "SlotUnavailable";
  }
}
