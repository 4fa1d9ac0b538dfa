import { beforeEach, describe, expect, it } from "vitest";
import { handleTrpc } from "../../app/lib/trpc.server";
import {
  freshDatabase,
  makeCompany,
  makeContact,
  makeInvoice,
  PASSWORD,
} from "../setup/factories";
import { signIn } from "../setup/requests";

let ids: { mine: number; theirs: number };

beforeEach(async () => {
  const db = freshDatabase();
  const mine = makeCompany(db, "Mine SRL");
  const theirs = makeCompany(db, "Theirs SRL");
  await makeContact(db, { email: "me@mine.test", companyId: mine.id });
  await makeContact(db, {
    email: "help@mine.test",
    companyId: mine.id,
    permissions: ["tickets"],
  });
  ids = {
    mine: makeInvoice(db, mine.id, { number: "M-1" }),
    theirs: makeInvoice(db, theirs.id, { number: "T-1" }),
  };
  makeInvoice(db, mine.id, { number: "M-DRAFT", state: "draft" });
});

function call(path: string, input: unknown, cookie = "") {
  const query = encodeURIComponent(JSON.stringify(input));
  const url = `http://portal.test/api/trpc/${path}?input=${query}`;
  return handleTrpc(new Request(url, { headers: { Cookie: cookie } }));
}

describe("tRPC", () => {
  it("lists the contact's own invoices, drafts left out", async () => {
    const { cookie } = await signIn("me@mine.test", PASSWORD);
    const response = await call("invoices.list", {}, cookie);
    const body = await response.json();
    expect(
      body.result.data.rows.map((r: { number: string }) => r.number),
    ).toEqual(["M-1"]);
    expect(Object.keys(body.result.data.rows[0])).not.toContain("companyId");
  });

  it("answers NOT_FOUND for another company's invoice", async () => {
    const { cookie } = await signIn("me@mine.test", PASSWORD);
    const response = await call("invoices.byId", { id: ids.theirs }, cookie);
    expect(response.status).toBe(404);
    const own = await call("invoices.byId", { id: ids.mine }, cookie);
    expect(own.status).toBe(200);
  });

  it("refuses a visitor and a contact without the permission", async () => {
    expect((await call("invoices.list", {})).status).toBe(401);
    const { cookie } = await signIn("help@mine.test", PASSWORD);
    expect((await call("invoices.list", {}, cookie)).status).toBe(404);
  });

  it("cannot be reached by an HTML form post", async () => {
    const response = await handleTrpc(
      new Request("http://portal.test/api/trpc/invoices.list", {
        method: "POST",
        body: "a=1",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
    );
    expect(response.status).toBe(415);
  });
});
