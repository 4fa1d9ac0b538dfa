import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import * as forgot from "../../app/routes/authentication.forgot";
import * as sent from "../../app/routes/authentication.forgot_.sent";
import * as login from "../../app/routes/authentication.login";
import * as password from "../../app/routes/authentication.password";
import * as reset from "../../app/routes/authentication.reset.$token";
import * as invoiceList from "../../app/routes/clients.invoices._index";
import type { Db } from "../../db/client";
import {
  auditLog,
  loginAttempts,
  mailOutbox,
  passwordResetTokens,
  people,
} from "../../db/schema";
import { RESET_LIMITS } from "../../server/auth/reset";
import {
  freshDatabase,
  makeCompany,
  makeContact,
  PASSWORD,
} from "../setup/factories";
import { cookiesOf, get, post, respond, signIn } from "../setup/requests";

const NEW_PASSWORD = "a brand new passphrase";
const HOUR = 60 * 60 * 1000;

let db: Db;
let companyId: number;

beforeEach(async () => {
  db = freshDatabase();
  companyId = makeCompany(db).id;
  await makeContact(db, { email: "ana@alfa.test", companyId });
});

const args = (request: Request, params = {}) => ({
  request,
  params,
  context: {},
});

function askFor(email: string, ip = "192.0.2.10") {
  const request = post("/authentication/forgot", { email });
  request.headers.set("x-portal-client-ip", ip);
  return forgot.action(args(request)) as Promise<Response>;
}

const mails = () => db.select().from(mailOutbox).all();
const links = () => db.select().from(passwordResetTokens).all();

function tokenOf(mail: { bodyText: string }) {
  const found = /\/authentication\/reset\/([\w-]{43})\n/.exec(mail.bodyText);
  if (!found) throw new Error(`no link in: ${mail.bodyText}`);
  return found[1];
}

async function mailedToken(email = "ana@alfa.test") {
  await askFor(email);
  return tokenOf(mails().at(-1)!);
}

const open = (token: string) =>
  reset.loader(args(get(`/authentication/reset/${token}`), { token }));

function choose(token: string, secret: string, confirm = secret) {
  const path = `/authentication/reset/${token}`;
  const request = post(path, { password: secret, confirm });
  return reset.action(args(request, { token }));
}

describe("asking for a reset link", () => {
  it("answers an unknown email exactly like a known one and mails nothing to it", async () => {
    const known = await askFor("ana@alfa.test");
    const unknown = await askFor("ghost@alfa.test");

    for (const response of [known, unknown]) {
      expect(response.status).toBe(303);
      expect(response.headers.get("Location")).toBe(
        "/authentication/forgot/sent",
      );
    }
    const page = await sent.loader(
      args(get("/authentication/forgot/sent", cookiesOf(unknown))),
    );
    expect(page).toEqual({ email: "ghost@alfa.test" });
    expect(mails().map((m) => m.toAddress)).toEqual(["ana@alfa.test"]);
  });

  it("mails no link to a person whose account was never created or who is inactive", async () => {
    await makeContact(db, {
      email: "never@alfa.test",
      companyId,
      portalAccess: false,
    });
    await makeContact(db, {
      email: "gone@alfa.test",
      companyId,
      personActive: false,
    });
    await askFor("never@alfa.test");
    await askFor("gone@alfa.test");

    expect(mails()).toEqual([]);
    expect(links()).toEqual([]);
  });

  it("mails a link valid for 24 hours and stores only the hash of its token", async () => {
    const token = await mailedToken(" Ana@Alfa.test ");

    const [mail] = mails();
    expect(mail).toMatchObject({
      toAddress: "ana@alfa.test",
      subject: "Reset your client portal password",
      template: "password-reset",
      state: "queued",
    });
    // The request's own host is not trusted for a link in mail.
    expect(mail.bodyText).toContain(
      `http://localhost:3000/authentication/reset/${token}\n`,
    );
    const [link] = links();
    const sha256 = createHash("sha256").update(token).digest("hex");
    expect(link.tokenHash).toBe(sha256);
    expect(JSON.stringify(link)).not.toContain(token);
    const lifetime = link.expiresAt.getTime() - link.createdAt.getTime();
    expect(lifetime).toBe(24 * HOUR);
  });

  it("writes the mail in the person's language", async () => {
    await makeContact(db, { email: "ion@alfa.test", companyId, locale: "ro" });
    await askFor("ion@alfa.test");

    const [mail] = mails();
    expect(mail.subject).toBe("Resetarea parolei din portalul clienților");
    expect(mail.bodyText).toMatch(/valabil 24 de ore/);
  });

  it("refuses a malformed email with 400, keeping what was typed", async () => {
    const result = await forgot.action(
      args(post("/authentication/forgot", { email: "ana@" })),
    );
    expect(result).toMatchObject({
      init: { status: 400 },
      data: { email: "ana@", errors: { email: /correct format/ } },
    });
    expect(mails()).toEqual([]);
  });

  it("fills in the email typed at the first sign-in step", async () => {
    const step1 = (await login.action(
      args(post("/authentication/login", { email: "ana@alfa.test" })),
    )) as Response;
    const page = await forgot.loader(
      args(get("/authentication/forgot", cookiesOf(step1))),
    );
    expect(page).toEqual({ email: "ana@alfa.test" });
  });
});

describe("throttling reset requests", () => {
  it("mails at most three links an hour per email, answering the same", async () => {
    for (let i = 0; i < RESET_LIMITS.email + 1; i += 1) {
      const response = await askFor("ana@alfa.test", `198.51.100.${i}`);
      expect(response.headers.get("Location")).toBe(
        "/authentication/forgot/sent",
      );
    }
    expect(mails()).toHaveLength(RESET_LIMITS.email);

    // An hour later the oldest requests no longer count.
    db.update(loginAttempts)
      .set({ at: new Date(Date.now() - HOUR) })
      .run();
    await askFor("ana@alfa.test");
    expect(mails()).toHaveLength(RESET_LIMITS.email + 1);
  });

  it("answers but sends nothing once one address has asked too often", async () => {
    for (let i = 0; i < RESET_LIMITS.ip; i += 1) {
      await askFor(`stranger-${i}@alfa.test`);
    }
    const response = await askFor("ana@alfa.test");

    expect(response.status).toBe(303);
    expect(mails()).toEqual([]);
    await askFor("ana@alfa.test", "198.51.100.7");
    expect(mails()).toHaveLength(1);
  });
});

describe("following a reset link", () => {
  it("shows the form without using the link up", async () => {
    const token = await mailedToken();

    for (let i = 0; i < 2; i += 1) {
      expect(await open(token)).toEqual({
        state: "valid",
        email: "ana@alfa.test",
        minLength: 10,
      });
    }
    expect(links()[0].usedAt).toBeNull();
  });

  it("says a link nobody sent was not found", async () => {
    const made = "A".repeat(43);
    for (const token of [made, "short", "../../etc"]) {
      expect(await open(token)).toMatchObject({
        init: { status: 404 },
        data: { state: "gone" },
      });
    }
  });

  it("answers a second click on Save with the success it was", async () => {
    const token = await mailedToken();
    const [first, second] = (await Promise.all([
      choose(token, NEW_PASSWORD),
      choose(token, NEW_PASSWORD),
    ])) as Response[];
    expect([first.status, second.status]).toEqual([303, 303]);
    const resets = db.select().from(auditLog).all();
    expect(resets).toHaveLength(1);
  });

  it("sets the new password once; the same link then fails cleanly", async () => {
    const token = await mailedToken();

    const done = (await choose(token, NEW_PASSWORD)) as Response;
    expect(done.status).toBe(303);
    expect(done.headers.get("Location")).toBe("/authentication/login");
    const notice = await login.loader(
      args(get("/authentication/login", cookiesOf(done))),
    );
    expect(notice).toMatchObject({
      data: { email: "ana@alfa.test", passwordChanged: true },
    });
    // Shown once: the answer forgets the notice and keeps the email.
    const { init } = notice as unknown as {
      init: { headers: Record<string, string> };
    };
    const forget = new Response(null, { headers: init.headers });
    const later = await login.loader(
      args(get("/authentication/login", cookiesOf(forget, cookiesOf(done)))),
    );
    expect(later).toMatchObject({
      data: { email: "ana@alfa.test", passwordChanged: false },
    });

    const again = await choose(token, "another new passphrase");
    expect(again).toMatchObject({
      init: { status: 410 },
      data: { state: "gone" },
    });
    expect(await open(token)).toMatchObject({ init: { status: 410 } });
    const [entry] = db.select().from(auditLog).all();
    expect(entry).toMatchObject({ action: "password.reset", ip: "192.0.2.10" });
  });

  it("voids an older link when a newer one is sent", async () => {
    const older = await mailedToken();
    const newer = await mailedToken();

    expect(await open(older)).toMatchObject({ init: { status: 410 } });
    expect(links()[0].voidedAt).toBeInstanceOf(Date);
    expect(await open(newer)).toMatchObject({ state: "valid" });
  });

  it("refuses an expired link", async () => {
    const token = await mailedToken();
    db.update(passwordResetTokens)
      .set({
        createdAt: new Date(Date.now() - 25 * HOUR),
        expiresAt: new Date(Date.now() - HOUR),
      })
      .run();

    expect(await open(token)).toMatchObject({ init: { status: 410 } });
    expect(await choose(token, NEW_PASSWORD)).toMatchObject({
      init: { status: 410 },
    });
    const person = db.select().from(people).get()!;
    expect(person.passwordChangedAt).toBeNull();
  });

  it("refuses a short or mismatched password with 400 and keeps the link", async () => {
    const token = await mailedToken();

    expect(await choose(token, "short")).toMatchObject({
      init: { status: 400 },
      data: {
        errors: { password: "Enter a password of at least 10 characters" },
      },
    });
    expect(await choose(token, NEW_PASSWORD, "something else")).toMatchObject({
      init: { status: 400 },
      data: { errors: { confirm: /not the same/ } },
    });
    expect(await choose(token, "", "")).toMatchObject({
      data: {
        errors: {
          password: "Enter a new password",
          confirm: "Type the new password again",
        },
      },
    });
    expect(await open(token)).toMatchObject({ state: "valid" });
  });
});

describe("after a reset", () => {
  it("lets a person whose account has no password yet set a first one", async () => {
    await makeContact(db, {
      email: "new@alfa.test",
      companyId,
      password: false,
    });
    await choose(await mailedToken("new@alfa.test"), NEW_PASSWORD);

    const { location } = await signIn("new@alfa.test", NEW_PASSWORD);
    expect(location).toBe("/clients");
  });

  it("ends the sessions the person had open", async () => {
    const { cookie } = await signIn("ana@alfa.test", PASSWORD);
    const list = () =>
      respond(() => invoiceList.loader(args(get("/clients/invoices", cookie))));
    expect(await list()).toBeNull();

    await choose(await mailedToken(), NEW_PASSWORD);
    const after = await list();
    expect(after?.status).toBe(302);
    expect(after?.headers.get("Location")).toMatch(/^\/authentication\/login/);
  });

  it("signs in with the new password and no longer with the old one", async () => {
    await choose(await mailedToken(), NEW_PASSWORD);

    const step1 = (await login.action(
      args(post("/authentication/login", { email: "ana@alfa.test" })),
    )) as Response;
    const old = await password.action(
      args(
        post(
          "/authentication/password",
          { password: PASSWORD },
          cookiesOf(step1),
        ),
      ),
    );
    expect(old).toMatchObject({ init: { status: 400 } });
    const { location } = await signIn("ana@alfa.test", NEW_PASSWORD);
    expect(location).toBe("/clients");
    const person = db
      .select()
      .from(people)
      .where(eq(people.email, "ana@alfa.test"))
      .get()!;
    expect(person.passwordChangedAt).toBeInstanceOf(Date);
  });

  it("lifts the sign-in throttle that wrong passwords had set", async () => {
    for (let i = 0; i < 5; i += 1) {
      const step1 = (await login.action(
        args(post("/authentication/login", { email: "ana@alfa.test" })),
      )) as Response;
      await password.action(
        args(
          post(
            "/authentication/password",
            { password: "wrong password" },
            cookiesOf(step1),
          ),
        ),
      );
    }
    await choose(await mailedToken(), NEW_PASSWORD);
    const { location } = await signIn("ana@alfa.test", NEW_PASSWORD);
    expect(location).toBe("/clients");
  });
});
