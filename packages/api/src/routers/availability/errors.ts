import { DomainError } from "@clinic/domain/errors/domain-error";

/** A provider id that is unknown, inactive, or not bookable online for this service at this location. */
export class ProviderNotBookableHere extends DomainError {
  constructor() {
    super("not_found", "That provider does not offer this service at this location.");
    this.name = "ProviderNotBookableHere";
  }
}
