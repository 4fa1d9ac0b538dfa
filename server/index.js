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

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const server = app.listen(port, host, () => {
  const { port: actual } = server.address();
  const shown = host === "0.0.0.0" ? "localhost" : host;
  log.info({ port: actual }, "portal started");
  console.log(`Client portal: http://${shown}:${actual}/authentication/login`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
