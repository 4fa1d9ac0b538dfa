import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import * as reset from "../../app/routes/authentication.reset.$token";
import * as profile from "../../app/routes/clients.profile";
import { loginAttempts, mailOutbox } from "../../db/schema";
import { requestPasswordReset } from "../../server/auth/reset";
import { PASSWORD } from "../setup/factories";
import { cookiesOf, get, respond, signIn } from "../setup/requests";
import {
  args,
  auditsOf,
  EMAIL,
  enter,
  load,
  makeWorld,
  personOf,
  send,
  type World,
} from "./profile-helpers";

const NEW_PASSWORD = "a brand new passphrase";

let world: World;
beforeEach(async () => {
  world = await makeWorld();
});

const person = () => personOf(world.db);

const change = (cookie: string, current: string, next = NEW_PASSWORD) =>
  send(cookie, {
    intent: "password",
    currentPassword: current,
    newPassword: next,
    confirmPassword: next,
  });

describe("changing the password", () => {
  it("refuses a wrong current password beside the field, as a failed sign-in", async () => {
    const cookie = await enter(world);
    const answer = await change(cookie, "not my password");

    expect(answer).toMatchObject({
      init: { status: 400 },
      data: { errors: { currentPassword: expect.stringMatching(/not right/) } },
    });
    const failures = world.db
      .select()
      .from(loginAttempts)
      .where(eq(loginAttempts.key, `email:${EMAIL}`))
      .all();
    expect(failures).toMatchObject([{ succeeded: false }]);
    expect(person().passwordChangedAt).toBeNull();
  });

  it("answers with the throttle message after too many wrong passwords", async () => {
    const cookie = await enter(world);
    for (let i = 0; i < 5; i++) await change(cookie, `wrong ${i}`);

    const answer = await change(cookie, PASSWORD);
    expect(answer).toMatchObject({
      init: { status: 429 },
      data: {
        errors: {
          currentPassword: expect.stringMatching(/too many failed attempts/),
        },
      },
    });
    await expect(signIn(EMAIL, PASSWORD)).rejects.toThrow(/failed/);
  });

  it.each([
    ["too short", "too short", "too short", "newPassword", /at least 10/],
    ["not confirmed", NEW_PASSWORD, "other", "confirmPassword", /not the/],
    ["equal to the current one", PASSWORD, PASSWORD, "newPassword", /same as/],
  ])("refuses a new password %s", async (...row) => {
    const [, next, confirm, field, message] = row;
    const cookie = await enter(world);
    const answer = await send(cookie, {
      intent: "password",
      currentPassword: PASSWORD,
      newPassword: next,
      confirmPassword: confirm,
    });

    expect(answer).toMatchObject({
      init: { status: 400 },
      data: { errors: { [field]: expect.stringMatching(message) } },
    });
    expect(person().passwordChangedAt).toBeNull();
  });

  it("keeps this session, ends the others and retires the old password", async () => {
    const mine = await enter(world);
    const other = await enter(world, "alfa");
    const answer = (await change(mine, PASSWORD)) as Response;

    expect(answer.status).toBe(303);
    const shown = await load(cookiesOf(answer, mine));
    expect(shown.saved).toBe("password");
    const ended = await respond(() =>
      profile.loader(args(get("/clients/profile", other))),
    );
    expect(ended?.headers.get("Location")).toMatch(/^\/authentication\/login/);
    await expect(signIn(EMAIL, PASSWORD)).rejects.toThrow(/failed/);
    const again = await enter(world, "beta", NEW_PASSWORD);
    expect((await load(again)).person.email).toBe(EMAIL);
    expect(auditsOf(world.db)).toMatchObject([
      {
        action: "password.change",
        actorId: person().id,
        companyId: world.beta,
        ip: "192.0.2.10",
        userAgent: "Test Browser",
      },
    ]);
  });

  it("voids a reset link mailed before the change", async () => {
    const origin = "http://localhost:3000";
    requestPasswordReset(world.db, { email: EMAIL, ip: "192.0.2.10", origin });
    const mail = world.db.select().from(mailOutbox).get()!;
    const token = /reset\/([\w-]{43})/.exec(mail.bodyText)![1];
    await change(await enter(world), PASSWORD);

    const path = `/authentication/reset/${token}`;
    const opened = await reset.loader(args(get(path), { token }));
    expect(opened).toMatchObject({ init: { status: 410 } });
  });
});
