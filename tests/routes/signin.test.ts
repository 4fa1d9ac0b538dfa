import { beforeEach, describe, expect, it } from "vitest";
import * as choose from "../../app/routes/authentication.choose";
import * as login from "../../app/routes/authentication.login";
import * as password from "../../app/routes/authentication.password";
import type { Db } from "../../db/client";
import {
  freshDatabase,
  makeCompany,
  makeContact,
  PASSWORD,
} from "../setup/factories";
import { cookiesOf, post, signIn } from "../setup/requests";

let db: Db;
let companies: { alfa: number; beta: number; gamma: number };

beforeEach(async () => {
  db = freshDatabase();
  companies = {
    alfa: makeCompany(db, "Alfa SRL").id,
    beta: makeCompany(db, "Beta SRL").id,
    gamma: makeCompany(db, "Gamma SRL").id,
  };
  await makeContact(db, { email: "one@alfa.test", companyId: companies.alfa });
  await makeContact(db, { email: "two@alfa.test", companyId: companies.alfa });
  await makeContact(db, { email: "two@alfa.test", companyId: companies.beta });
  await makeContact(db, {
    email: "none@alfa.test",
    companyId: companies.alfa,
    permissions: [],
  });
});

const args = (request: Request) => ({ request, params: {}, context: {} });

async function stepTwo(email: string, secret: string) {
  const first = (await login.action(
    args(post("/authentication/login", { email })),
  )) as Response;
  const pending = cookiesOf(first);
  const request = post(
    "/authentication/password",
    { email, password: secret },
    pending,
  );
  return password.action(args(request));
}

describe("sign-in pages", () => {
  it("refuse a malformed email with 400 and keep what was typed", async () => {
    const result = await login.action(
      args(post("/authentication/login", { email: "ana@" })),
    );
    expect(result).toMatchObject({
      init: { status: 400 },
      data: {
        email: "ana@",
        errors: { email: expect.stringMatching(/email/) },
      },
    });
  });

  it("move any well-formed email to the password step", async () => {
    const known = (await login.action(
      args(post("/authentication/login", { email: "one@alfa.test" })),
    )) as Response;
    const unknown = (await login.action(
      args(post("/authentication/login", { email: "ghost@alfa.test" })),
    )) as Response;
    expect(known.headers.get("Location")).toBe("/authentication/password");
    expect(unknown.headers.get("Location")).toBe("/authentication/password");
  });

  it("answer a wrong password with 400 and a message on the field", async () => {
    const result = await stepTwo("one@alfa.test", "wrong password");
    expect(result).toMatchObject({
      init: { status: 400 },
      data: { errors: { password: expect.stringMatching(/not right/) } },
    });
  });

  it("tell a contact with no permission why they cannot enter", async () => {
    const first = (await login.action(
      args(post("/authentication/login", { email: "none@alfa.test" })),
    )) as Response;
    const result = await password.action(
      args(
        post(
          "/authentication/password",
          { email: "none@alfa.test", password: PASSWORD },
          cookiesOf(first),
        ),
      ),
    );
    expect(result).toMatchObject({
      init: { status: 403 },
      data: { notice: expect.stringMatching(/does not have access/) },
    });
  });

  it("send a contact of one company straight in", async () => {
    const { location } = await signIn("one@alfa.test", PASSWORD);
    expect(location).toBe("/clients");
  });

  it("ask a contact of two companies to choose, offering only theirs", async () => {
    const { cookie, location } = await signIn("two@alfa.test", PASSWORD);
    expect(location).toBe("/authentication/choose");

    const offered = await choose.loader(
      args(
        new Request("http://portal.test/authentication/choose", {
          headers: { Cookie: cookie },
        }),
      ),
    );
    expect(offered.places.map((p) => p.companyName)).toEqual([
      "Alfa SRL",
      "Beta SRL",
    ]);

    const foreign = await choose.action(
      args(
        post(
          "/authentication/choose",
          { place: String(companies.gamma) },
          cookie,
        ),
      ),
    );
    expect(foreign).toMatchObject({ init: { status: 400 } });

    const chosen = (await choose.action(
      args(
        post(
          "/authentication/choose",
          { place: String(companies.beta) },
          cookie,
        ),
      ),
    )) as Response;
    expect(chosen.headers.get("Location")).toBe("/clients");
  });
});
