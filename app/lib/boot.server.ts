import { env } from "../../server/env";
import { scoped } from "../../server/logger";

const log = scoped("http");

/** Stops the server at boot when a setting is wrong, listing every one. */
export function bootCheck() {
  env();
}

export function logError(error: unknown, request: Request) {
  const { pathname } = new URL(request.url);
  log.error({ err: error, path: pathname }, "request failed");
}
