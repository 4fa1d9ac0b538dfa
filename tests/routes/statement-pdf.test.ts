import pdf from "pdf-parse/lib/pdf-parse.js";
import { beforeEach, describe, expect, it } from "vitest";
import * as statementPdf from "../../app/routes/clients.statement.pdf";
import { todayIn } from "../../server/dates";
import { freshDatabase, makeContact, PASSWORD } from "../setup/factories";
import { get, respond, signIn } from "../setup/requests";
import { seedStatement } from "../pdf/statement-fixtures";

const FEBRUARY = "from=01.02.2026&to=28.02.2026";
const DATES = "2026-02-01_2026-02-28";
// The fixture's company, "Croitoria „Ştefan şi fiii” SRL", in a file name.
const ASCII = "Croitoria-Stefan-si-fiii-SRL";
const UTF8 = "Croitoria-%C5%9Etefan-%C5%9Fi-fiii-SRL";

beforeEach(async () => {
  const db = freshDatabase();
  const { company, other } = seedStatement(db);
  await makeContact(db, { email: "me@x.test", companyId: company.id });
  await makeContact(db, {
    email: "ro@x.test",
    companyId: company.id,
    locale: "ro",
  });
  await makeContact(db, { email: "them@x.test", companyId: other.id });
  await makeContact(db, {
    email: "help@x.test",
    companyId: company.id,
    permissions: ["tickets"],
  });
});

async function download(email: string, query: string) {
  const { cookie } = await signIn(email, PASSWORD);
  const path = `/clients/statement/pdf?${query}`;
  const response = await respond(() =>
    statementPdf.loader({
      request: get(path, cookie),
      params: {},
      context: {},
    }),
  );
  return response!;
}

const textOf = async (response: Response) =>
  (await pdf(Buffer.from(await response.arrayBuffer()))).text;

describe("the statement PDF route", () => {
  it("serves a PDF named after the statement, the company and the period", async () => {
    const response = await download("me@x.test", FEBRUARY);

    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="Account-statement_${ASCII}_${DATES}.pdf"; ` +
        `filename*=UTF-8''Account-statement_${UTF8}_${DATES}.pdf`,
    );
    expect(await textOf(response)).toContain("TB-0002");
  });

  it("names the file in the contact's language, ASCII-safe", async () => {
    const response = await download("ro@x.test", FEBRUARY);

    expect(response.headers.get("Content-Disposition")).toContain(
      `filename="Fisa-de-cont_${ASCII}_${DATES}.pdf"`,
    );
    expect(await textOf(response)).toContain("Fișa de cont");
  });

  it("covers this year to today when no period is given, like the page", async () => {
    const today = todayIn("Europe/Bucharest");
    const response = await download("me@x.test", "");

    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toContain(
      `_${today.slice(0, 4)}-01-01_${today}.pdf"`,
    );
  });

  it("answers 400 in plain words for a period that is not one", async () => {
    const wrong = await download("ro@x.test", "from=31.02.2026&to=2026-13-01");
    const backwards = await download(
      "me@x.test",
      "from=10.03.2026&to=1.3.2026",
    );

    expect(wrong.status).toBe(400);
    expect(wrong.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(wrong.headers.get("Content-Disposition")).toBeNull();
    expect(await wrong.text()).toBe(
      "Data de început trebuie să aibă o zi care există în luna respectivă\n" +
        "Data de sfârșit trebuie să aibă luna între 1 și 12\n",
    );
    expect(backwards.status).toBe(400);
    expect(await backwards.text()).toMatch(/same as or after the start/);
  });

  it("answers 404 to a contact without the Invoices permission", async () => {
    const response = await download("help@x.test", FEBRUARY);

    expect(response.status).toBe(404);
  });

  it("sends a visitor who is not signed in to the sign-in page", async () => {
    const response = await respond(() =>
      statementPdf.loader({
        request: get(`/clients/statement/pdf?${FEBRUARY}`),
        params: {},
        context: {},
      }),
    );

    expect(response?.status).toBe(302);
    expect(response?.headers.get("Location")).toMatch(
      /^\/authentication\/login/,
    );
  });

  it("never gives a contact another company's entries", async () => {
    const mine = await textOf(await download("me@x.test", FEBRUARY));
    const theirs = await textOf(await download("them@x.test", FEBRUARY));

    expect(mine).toContain("TB-0002");
    expect(mine).not.toContain("ALT-0001");
    expect(mine).not.toContain("Alt Client SRL");
    expect(theirs).toContain("ALT-0001");
    expect(theirs).toContain("Alt Client SRL");
    expect(theirs).not.toMatch(/TB-|Croitoria/);
  });
});
