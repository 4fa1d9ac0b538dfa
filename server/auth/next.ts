const HOME = "/clients";
const BASE = "http://portal.invalid";

/**
 * A path on this site to return to after signing in, or the dashboard.
 * Browsers drop tabs and newlines and read "\" as "/", so anything holding
 * them is refused before the URL is resolved against a dummy origin.
 */
export function safeNext(next: unknown) {
  if (typeof next !== "string" || !next.startsWith("/")) return HOME;
  if (hasControlOrBackslash(next) || next.startsWith("//")) return HOME;
  try {
    const url = new URL(next, BASE);
    if (url.origin !== BASE) return HOME;
    // The URL parser percent-encodes what a header cannot carry.
    const path = url.pathname + url.search;
    return path.startsWith("//") ? HOME : path;
  } catch {
    return HOME;
  }
}

function hasControlOrBackslash(text: string) {
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || char === "\\") return true;
  }
  return false;
}
