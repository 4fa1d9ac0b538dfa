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
  const { pathname } = new URL(request.url);
  log.error({ err: error, path: pathname }, "request failed");
}
