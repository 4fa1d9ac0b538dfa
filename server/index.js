// The HTTP server: static files, security headers, the client's address for
// the app, and Remix for everything else. Plain JavaScript, run by node.
import { createRequestHandler } from "@remix-run/express";
import express from "express";
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import pino from "pino";

const log = pino({ level: process.env.LOG_LEVEL ?? "info" });
const build = await import(resolve("build/index.js"));

const app = express();
app.disable("x-powered-by");
if (process.env.TRUST_PROXY === "yes") app.set("trust proxy", "loopback");

// Reset tokens are 43 characters of base64url: no such run is ever logged,
// whatever spelling of the path carried it.
const redact = (path) => path.replace(/[\w%-]{32,}/g, "…");

// The public address, when set, is the only host the app sees, so links in
// mail and Remix's own origin check agree with the browser's Origin. The
// forwarded host is believed only from a trusted proxy.
const publicHost = process.env.PUBLIC_URL
  ? new URL(process.env.PUBLIC_URL).host
  : null;
app.use((req, _res, next) => {
  if (process.env.TRUST_PROXY !== "yes") delete req.headers["x-forwarded-host"];
  if (publicHost) {
    req.headers.host = publicHost;
    delete req.headers["x-forwarded-host"];
  }
  next();
});

// One line per request; reset tokens never reach the log.
app.use((req, res, next) => {
  const start = process.hrtime.bigint();
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const path = redact(req.path);
    log.info(
      { method: req.method, path, status: res.statusCode, ms },
      "request",
    );
  });
  next();
});

app.use((req, res, next) => {
  // The app trusts only this header for the client's address.
  req.headers["x-portal-client-ip"] = req.ip ?? "";
  res.locals.nonce = randomBytes(16).toString("base64");
  res.set({
    "Content-Security-Policy": [
      "default-src 'self'",
      `script-src 'self' 'nonce-${res.locals.nonce}'`,
      "style-src 'self'",
      "img-src 'self' data:",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ].join("; "),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
  });
  next();
});

// Pages answer GET, HEAD and POST; forms are small, ticket uploads larger.
const METHODS = new Set(["GET", "HEAD", "POST"]);
const MAX_BODY = 26 * 1024 * 1024;
const FORMS = new Set([
  "application/x-www-form-urlencoded",
  "multipart/form-data",
]);
app.use((req, res, next) => {
  if (!METHODS.has(req.method)) {
    return res.status(405).set("Allow", "GET, HEAD, POST").end();
  }
  // Browsers send a length with every form; a body without one is refused
  // rather than read without a limit.
  if (req.get("transfer-encoding") && !req.get("content-length")) {
    return res.status(411).type("text").send("A Content-Length is required.");
  }
  // Pages take HTML forms; only the API takes JSON.
  const type = (req.get("content-type") ?? "")
    .split(";")[0]
    .trim()
    .toLowerCase();
  if (
    req.method === "POST" &&
    !FORMS.has(type) &&
    !req.path.startsWith("/api/")
  ) {
    return res.status(415).type("text").send("Send an HTML form.");
  }
  const length = Number(req.get("content-length") ?? 0);
  const multipart = req.is("multipart/form-data");
  if (length > (multipart ? MAX_BODY : 1024 * 1024)) {
    return res.status(413).type("text").send("The request is too large.");
  }
  next();
});

// A form posted from another site is refused before it reaches an action.
app.use((req, res, next) => {
  const origin = req.get("origin");
  if (req.method === "GET" || req.method === "HEAD" || !origin) return next();
  const allowed = [`${req.protocol}://${req.get("host")}`];
  if (process.env.PUBLIC_URL)
    allowed.push(new URL(process.env.PUBLIC_URL).origin);
  if (allowed.includes(origin)) return next();
  res.status(403).type("text").send("Cross-site form posts are refused.");
});

app.use(
  "/build",
  express.static("public/build", { immutable: true, maxAge: "1y" }),
);
app.use(express.static("public", { maxAge: "1h", index: false }));

app.all(
  "*",
  createRequestHandler({
    build,
    getLoadContext: (_req, res) => ({ nonce: res.locals.nonce }),
  }),
);

// Whatever fails outside Remix is logged, never shown.
app.use((error, req, res, _next) => {
  const status = error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500)
    log.error({ err: error, path: req.path }, "request failed");
  res
    .status(status)
    .type("text")
    .send(status === 500 ? "Server error" : "Bad request");
});

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
const server = app.listen(port, host, () => {
  const { port: actual } = server.address();
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  log.info({ port: actual }, "portal started");
  console.log(`Client portal: http://${shown}:${actual}/authentication/login`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
