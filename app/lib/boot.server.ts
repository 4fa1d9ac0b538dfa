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
  // A reset link's token is a password for a day: never logged.
  const pathname = new URL(request.url).pathname.replace(
    /^(\/authentication\/reset\/)[^/]+/,
    "$1…",
  );
  log.error({ err: error, path: pathname }, "request failed");
}
