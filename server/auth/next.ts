/** A path on this site to return to after signing in, or the dashboard. */
export function safeNext(next: unknown) {
  if (typeof next !== "string") return "/clients";
  if (!next.startsWith("/") || next.startsWith("//") || next.includes("\\")) {
    return "/clients";
  }
  return next;
}
