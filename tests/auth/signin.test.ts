import { describe, expect, it } from "vitest";
import {
  checkCredentials,
  SignInRefused,
  type Refusal,
} from "../../server/auth/signin";
import {
  freshDatabase,
  makeCompany,
  makeContact,
  PASSWORD,
} from "../setup/factories";

const IP = "203.0.113.9";

async function refusalOf(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SignInRefused) return error.refusal;
    throw error;
  }
  throw new Error("the sign-in was not refused");
}

describe("sign-in", () => {
  it("lets a contact in and lists the companies they may enter", async () => {
    const db = freshDatabase();
    const a = makeCompany(db, "Alfa SRL");
    const b = makeCompany(db, "Beta SRL");
    await makeContact(db, { email: "ana@alfa.test", companyId: a.id });
    await makeContact(db, { email: "ana@alfa.test", companyId: b.id });

    const person = await checkCredentials(db, {
      email: " Ana@Alfa.test ",
      password: PASSWORD,
      ip: IP,
    });
    expect(person.places.map((p) => p.companyName)).toEqual([
      "Alfa SRL",
      "Beta SRL",
    ]);
  });

  it("answers a wrong password and an unknown email alike", async () => {
    const db = freshDatabase();
    const company = makeCompany(db);
    await makeContact(db, { email: "ana@alfa.test", companyId: company.id });

    const wrong = checkCredentials(db, {
      email: "ana@alfa.test",
      password: "nope",
      ip: IP,
    });
    const unknown = checkCredentials(db, {
      email: "nobody@alfa.test",
      password: PASSWORD,
      ip: IP,
    });
    expect(await refusalOf(wrong)).toEqual({ reason: "invalid" });
    expect(await refusalOf(unknown)).toEqual({ reason: "invalid" });
  });

  it.each([
    ["no_account", { portalAccess: false }],
    ["inactive", { personActive: false }],
    ["inactive", { contactActive: false }],
    ["no_permission", { permissions: [] }],
  ] as const)(
    "refuses with %s once the password matched",
    async (reason, o) => {
      const db = freshDatabase();
      const company = makeCompany(db);
      await makeContact(db, { email: "x@x.test", companyId: company.id, ...o });
      const attempt = checkCredentials(db, {
        email: "x@x.test",
        password: PASSWORD,
        ip: IP,
      });
      expect((await refusalOf(attempt)).reason).toBe(reason);
    },
  );

  it("refuses a contact whose company is inactive", async () => {
    const db = freshDatabase();
    const company = makeCompany(db, "Closed SRL", false);
    await makeContact(db, { email: "x@x.test", companyId: company.id });
    const attempt = checkCredentials(db, {
      email: "x@x.test",
      password: PASSWORD,
      ip: IP,
    });
    expect((await refusalOf(attempt)).reason).toBe("company_inactive");
  });

  it("never tells a contact without a password more than 'not right'", async () => {
    const db = freshDatabase();
    const company = makeCompany(db);
    await makeContact(db, {
      email: "x@x.test",
      companyId: company.id,
      password: false,
    });
    const attempt = checkCredentials(db, {
      email: "x@x.test",
      password: "",
      ip: IP,
    });
    expect(await refusalOf(attempt)).toEqual({ reason: "invalid" });
  });

  it("throttles an account after five failures, even the right password", async () => {
    const db = freshDatabase();
    const company = makeCompany(db);
    await makeContact(db, { email: "x@x.test", companyId: company.id });
    for (let i = 0; i < 5; i += 1) {
      await refusalOf(
        checkCredentials(db, { email: "x@x.test", password: "bad", ip: IP }),
      );
    }
    const attempt = checkCredentials(db, {
      email: "x@x.test",
      password: PASSWORD,
      ip: "198.51.100.1",
    });
    const refusal = await refusalOf(attempt);
    expect(refusal.reason).toBe("throttled");
    expect("minutes" in refusal && refusal.minutes).toBeGreaterThan(0);
  });
});

describe("sign-in throttling under a burst", () => {
  it("counts attempts sent at the same moment against the limit", async () => {
    const db = freshDatabase();
    const company = makeCompany(db);
    await makeContact(db, { email: "x@x.test", companyId: company.id });
    const burst = Array.from({ length: 12 }, (_, i) =>
      refusalOf(
        checkCredentials(db, {
          email: "x@x.test",
          password: i === 11 ? PASSWORD : "bad",
          ip: IP,
        }),
      ).catch(() => ({ reason: "accepted" as const })),
    );
    const reasons = (await Promise.all(burst)).map((r) => r.reason);
    expect(reasons.filter((r) => r === "invalid")).toHaveLength(5);
    expect(reasons.at(-1)).toBe("throttled");
  });
});

describe("passwords", () => {
  it("take cedilla and comma-below ş ș, ţ ț as the same letters", async () => {
    const { hashPassword, verifyPassword } =
      await import("../../server/auth/passwords");
    const hash = await hashPassword("Ştiinţă și țesături");
    expect(await verifyPassword("Știință și țesături", hash)).toBe(true);
    expect(await verifyPassword("Stiinta si tesaturi", hash)).toBe(false);
  });
});
