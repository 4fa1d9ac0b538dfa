import { beforeEach, describe, expect, it } from "vitest";
import * as root from "../../app/root";
import * as profile from "../../app/routes/clients.profile";
import { cookiesOf, get, respond } from "../setup/requests";
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

let world: World;
beforeEach(async () => {
  world = await makeWorld();
});

const DETAILS = {
  intent: "details",
  firstName: "  Ana ",
  lastName: "Pop",
  phone: "+40 (721) 234-567",
  locale: "en",
};
const person = () => personOf(world.db);
const audits = () => auditsOf(world.db);

describe("the profile page", () => {
  it("shows the session's company and never another one of the person's", async () => {
    const beta = await load(await enter(world, "beta"));
    const alfa = await load(await enter(world, "alfa"));

    expect(beta.company).toMatchObject({ name: "Beta SRL", vatCode: "" });
    expect(beta.person).toMatchObject({ email: EMAIL, firstName: "Test" });
    expect(JSON.stringify(beta)).not.toMatch(/Alfa|RO14399840|RO49AAAA/);
    expect(beta.saved).toBeNull();
    expect(alfa.company).toMatchObject({
      name: "Alfa SRL",
      iban: expect.stringMatching(/^RO49/),
    });
  });

  it("sends a visitor who has not signed in to sign in first", async () => {
    const answer = await respond(() =>
      profile.loader(args(get("/clients/profile"))),
    );
    expect(answer?.status).toBe(302);
    expect(answer?.headers.get("Location")).toBe(
      "/authentication/login?next=%2Fclients%2Fprofile",
    );
  });
});

describe("saving the details", () => {
  it("saves them, thanks once and audits who changed what from where", async () => {
    const cookie = await enter(world);
    const answer = (await send(cookie, DETAILS)) as Response;

    expect(answer.status).toBe(303);
    expect(answer.headers.get("Location")).toBe("/clients/profile");
    const flashed = cookiesOf(answer, cookie);
    const shown = await profile.loader(args(get("/clients/profile", flashed)));
    expect(shown.data.saved).toBe("details");
    expect(shown.data.person).toMatchObject({
      firstName: "Ana",
      phone: "+40 (721) 234-567",
    });
    const forgotten = cookiesOf(new Response(null, shown.init!), flashed);
    expect((await load(forgotten)).saved).toBeNull();

    expect(audits()).toMatchObject([
      {
        action: "profile.update",
        actorId: person().id,
        companyId: world.beta,
        ip: "192.0.2.10",
        userAgent: "Test Browser",
        details: {
          before: { firstName: "Test", lastName: "Person", phone: "" },
          after: { firstName: "Ana", lastName: "Pop" },
        },
      },
    ]);
  });

  it("refuses bad input with 400, a message per field and what was typed", async () => {
    const cookie = await enter(world);
    const before = person();
    const typed = {
      ...DETAILS,
      firstName: " ",
      lastName: "x".repeat(101),
      phone: "0721 abc",
      locale: "fr",
    };
    const answer = await send(cookie, typed);

    expect(answer).toMatchObject({
      init: { status: 400 },
      data: {
        errors: {
          firstName: "Enter your first name",
          lastName: "Enter a name of at most 100 characters",
          phone: expect.stringMatching(/only digits, spaces/),
          locale: "Choose Română or English",
        },
        typed: { firstName: " ", phone: "0721 abc", locale: "fr" },
      },
    });
    expect(person()).toEqual(before);
    expect(audits()).toEqual([]);
  });

  it("makes the next page Romanian when the language changes", async () => {
    const cookie = await enter(world);
    await send(cookie, { ...DETAILS, locale: "ro" });

    const page = await root.loader(args(get("/clients/profile", cookie)));
    expect(page.locale).toBe("ro");
    const refused = await send(cookie, { ...DETAILS, firstName: "" });
    expect(refused).toMatchObject({
      data: { errors: { firstName: "Introduceți prenumele" } },
    });
  });

  it("refuses a post that names no known form", async () => {
    const cookie = await enter(world);
    const answer = await respond(() => send(cookie, { intent: "delete" }));
    expect(answer?.status).toBe(400);
  });
});
