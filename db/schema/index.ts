export * from "./parties";
export * from "./auth";
export * from "./billing";
export * from "./sales";
export * from "./support";
export * from "./projects";
export * from "./system";
