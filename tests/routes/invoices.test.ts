import { beforeEach, describe, expect, it } from "vitest";
import * as invoicePage from "../../app/routes/clients.invoices.$id._index";
import * as invoicePdf from "../../app/routes/clients.invoices.$id.pdf";
import * as invoiceList from "../../app/routes/clients.invoices._index";
import * as logout from "../../app/routes/authentication.logout";
import type { Db } from "../../db/client";
import { contacts, supplierSettings } from "../../db/schema";
import {
  freshDatabase,
  makeCompany,
  makeContact,
  makeInvoice,
  PASSWORD,
} from "../setup/factories";
import { get, post, respond, signIn } from "../setup/requests";

let db: Db;
let ids: { mine: number; theirs: number };

beforeEach(async () => {
  db = freshDatabase();
  db.insert(supplierSettings)
    .values({ id: 1, name: "Furnizor", legalName: "Furnizor SRL" })
    .run();
  const mine = makeCompany(db, "Mine SRL");
  const theirs = makeCompany(db, "Theirs SRL");
  await makeContact(db, { email: "me@mine.test", companyId: mine.id });
  await makeContact(db, {
    email: "support@mine.test",
    companyId: mine.id,
    permissions: ["tickets"],
  });
  ids = {
    mine: makeInvoice(db, mine.id, { number: "M-1" }),
    theirs: makeInvoice(db, theirs.id, { number: "T-1" }),
  };
});

const args = (request: Request, params = {}) => ({
  request,
  params,
  context: {},
});

describe("invoice routes", () => {
  it("send a visitor who is not signed in to the sign-in page", async () => {
    const response = await respond(() =>
      invoiceList.loader(args(get("/clients/invoices?status=paid"))),
    );
    expect(response?.status).toBe(302);
    expect(response?.headers.get("Location")).toBe(
      "/authentication/login?next=%2Fclients%2Finvoices%3Fstatus%3Dpaid",
    );
  });

  it("list the contact's own invoices", async () => {
    const { cookie } = await signIn("me@mine.test", PASSWORD);
    const data = await invoiceList.loader(
      args(get("/clients/invoices", cookie)),
    );
    expect("rows" in data && data.rows.map((r) => r.number)).toEqual(["M-1"]);
  });

  it("answer 404 for another company's invoice and its PDF", async () => {
    const { cookie } = await signIn("me@mine.test", PASSWORD);
    const path = `/clients/invoices/${ids.theirs}`;
    const params = { id: String(ids.theirs) };
    const page = await respond(() =>
      invoicePage.loader(args(get(path, cookie), params)),
    );
    const pdf = await respond(() =>
      invoicePdf.loader(args(get(`${path}/pdf`, cookie), params)),
    );
    expect(page?.status).toBe(404);
    expect(pdf?.status).toBe(404);
  });

  it("serve the contact's own PDF named after the invoice", async () => {
    const { cookie } = await signIn("me@mine.test", PASSWORD);
    const params = { id: String(ids.mine) };
    const pdf = await invoicePdf.loader(
      args(get(`/clients/invoices/${ids.mine}/pdf`, cookie), params),
    );
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    expect(pdf.headers.get("Content-Disposition")).toContain(
      'filename="M-1.pdf"',
    );
  });

  it("answer 404 to a contact without the Invoices permission", async () => {
    const { cookie } = await signIn("support@mine.test", PASSWORD);
    const list = await respond(() =>
      invoiceList.loader(args(get("/clients/invoices", cookie))),
    );
    expect(list?.status).toBe(404);
  });

  it("shut out a contact at once when the permission is withdrawn", async () => {
    const { cookie } = await signIn("me@mine.test", PASSWORD);
    db.update(contacts).set({ permInvoices: false }).run();
    const list = await respond(() =>
      invoiceList.loader(args(get("/clients/invoices", cookie))),
    );
    expect(list?.status).toBe(302);
    expect(list?.headers.get("Location")).toMatch(/^\/authentication\/login/);
  });

  it("end the session on sign-out, so the old cookie no longer works", async () => {
    const { cookie } = await signIn("me@mine.test", PASSWORD);
    await logout.action(args(post("/authentication/logout", {}, cookie)));
    const list = await respond(() =>
      invoiceList.loader(args(get("/clients/invoices", cookie))),
    );
    expect(list?.status).toBe(302);
  });

  it("redirect a page number past the end to the last page", async () => {
    const { cookie } = await signIn("me@mine.test", PASSWORD);
    const response = await respond(() =>
      invoiceList.loader(args(get("/clients/invoices?page=9", cookie))),
    );
    expect(response?.headers.get("Location")).toBe("/clients/invoices?page=1");
  });

  it("treat a malformed invoice id as a missing page", async () => {
    const { cookie } = await signIn("me@mine.test", PASSWORD);
    const response = await respond(() =>
      invoicePage.loader(
        args(get("/clients/invoices/1e3", cookie), { id: "1e3" }),
      ),
    );
    expect(response?.status).toBe(404);
  });
});
