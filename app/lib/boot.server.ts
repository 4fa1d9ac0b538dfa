import { isRouteErrorResponse } from "@remix-run/react";
import { env } from "../../server/env";
import { scoped } from "../../server/logger";

const log = scoped("http");

/** Stops the server at boot when a setting is wrong, listing every one. */
export function bootCheck() {
  env();
}

export function logError(error: unknown, request: Request) {
  // A missing page is an answer, not a failure.
  if (isRouteErrorResponse(error) && error.status < 500) return;
  // A reset link's token is a password for a day: no run of 32 or more
  // token characters is logged, whatever spelling of the path carried it.
  const pathname = new URL(request.url).pathname.replace(/[\w%-]{32,}/g, "…");
  log.error({ err: error, path: pathname }, "request failed");
}
