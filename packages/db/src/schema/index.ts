export * from "./clinic";
export * from "./people";
export * from "./appointments";
export * from "./content";
export * from "./audit";
export * from "./outbox";
export * from "./scheduling";
export * from "./mfa";
