// The whole schema, as drizzle-kit and the database client see it.
export * from "./enums";
export * from "./auth";
export * from "./organizations";
export * from "./members";
export * from "./teams";
export * from "./invitations";
export * from "./audit";
export * from "./email";
export * from "./reauth-codes";
export * from "./webhook-events";
export * from "./rate-limits";
