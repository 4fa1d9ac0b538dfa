import pino from "pino";
import { env } from "./env";

// Never log passwords, tokens or document contents: pass ids, not rows.
export const logger = pino({
  level: env().LOG_LEVEL,
  redact: ["password", "token", "*.password", "*.token", "cookie"],
});

export function scoped(scope: string) {
  return logger.child({ scope });
}
