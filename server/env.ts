import { z } from "zod";

// Read once at boot; a bad or missing value stops the process with a list of
// everything that is wrong, not only the first.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  DATABASE_PATH: z.string().min(1).default("data/portal.sqlite"),
  MIGRATIONS_PATH: z.string().min(1).default("drizzle"),
  UPLOADS_PATH: z.string().min(1).default("data/uploads"),
  SESSION_SECRET: z
    .string()
    .min(32, "must be at least 32 characters of random text")
    .optional(),
  TIME_ZONE: z
    .string()
    .default("Europe/Bucharest")
    .refine(isTimeZone, "must be an IANA time zone such as Europe/Bucharest"),
  DEFAULT_LOCALE: z.enum(["ro", "en"]).default("ro"),
  PUBLIC_URL: z.url("must be the portal's address, https://…").optional(),
  DISTRIBUTOR_PORTAL_URL: z.url().optional(),
  DEMO_DATA: z.enum(["auto", "yes", "no"]).default("auto"),
  TRUST_PROXY: z.enum(["yes", "no"]).default("no"),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info"),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().optional(),
});

export type Env = z.infer<typeof schema>;

function isTimeZone(zone: string) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  - ${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`The portal's settings are wrong:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
