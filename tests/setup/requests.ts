import * as loginRoute from "../../app/routes/authentication.login";
import * as passwordRoute from "../../app/routes/authentication.password";

const ORIGIN = "http://portal.test";

export function get(path: string, cookie = "") {
  return new Request(ORIGIN + path, {
    headers: {
      Cookie: cookie,
      "Accept-Language": "en",
      "x-portal-client-ip": "192.0.2.10",
    },
  });
}

export function post(
  path: string,
  fields: Record<string, string>,
  cookie = "",
) {
  return new Request(ORIGIN + path, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: {
      Cookie: cookie,
      "Content-Type": "application/x-www-form-urlencoded",
      "Accept-Language": "en",
      "x-portal-client-ip": "192.0.2.10",
    },
  });
}

/** The cookies a response sets, as a Cookie header for the next request. */
export function cookiesOf(response: Response, previous = "") {
  const jar = new Map(
    previous
      .split("; ")
      .filter(Boolean)
      .map((pair) => pair.split("=", 2) as [string, string]),
  );
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const [name, value] = pair.split("=", 2);
    jar.set(name, value);
  }
  return [...jar].map(([n, v]) => `${n}=${v}`).join("; ");
}

/** Runs a loader or action, returning the Response it answered or threw. */
export async function respond(run: () => Promise<unknown>) {
  try {
    const result = await run();
    return result instanceof Response ? result : null;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/** Signs in through the two form steps; returns the session cookie. */
export async function signIn(email: string, password: string) {
  const step1 = (await loginRoute.action({
    request: post("/authentication/login", { email }),
    params: {},
    context: {},
  })) as Response;
  const pending = cookiesOf(step1);
  const step2 = (await passwordRoute.action({
    request: post("/authentication/password", { email, password }, pending),
    params: {},
    context: {},
  })) as Response;
  if (!(step2 instanceof Response) || step2.status !== 303) {
    throw new Error(`sign-in of ${email} failed`);
  }
  return {
    cookie: cookiesOf(step2, pending),
    location: step2.headers.get("Location"),
  };
}
