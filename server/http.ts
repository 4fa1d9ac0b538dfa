import { data } from "@remix-run/node";

// The express server puts the client's address in this header after
// removing any copy the client sent, so it can be trusted here.
export function visitOf(request: Request) {
  return {
    ip: request.headers.get("x-portal-client-ip") ?? "",
    userAgent: request.headers.get("user-agent") ?? "",
  };
}

/** Answers exactly like a page that does not exist. */
export function notFound(): never {
  throw new Response("Not Found", { status: 404 });
}

export function badRequest<T>(body: T) {
  return data(body, { status: 400 });
}

/** A numeric id from the URL, or a 404 for anything else. */
export function idParam(param: string | undefined) {
  if (!param || !/^[1-9]\d{0,14}$/.test(param)) notFound();
  return Number(param);
}

/** Headers for a download named `fileName` (RFC 6266 for non-ASCII names). */
export function attachment(fileName: string, contentType: string) {
  // Clients that read only filename= get "Fisa", not "Fi_a": accents go
  // first, and whatever is still not ASCII becomes "_".
  const ascii = fileName
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  const utf8 = encodeURIComponent(fileName);
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`,
    "Cache-Control": "private, no-store",
  };
}
