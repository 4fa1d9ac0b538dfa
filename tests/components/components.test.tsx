// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ErrorSummary, Field } from "../../app/components/form";
import { Pagination } from "../../app/components/pagination";
import { InvoiceStatusTag } from "../../app/components/status-tag";
import { renderWithLocale } from "./render";

afterEach(cleanup);

describe("components", () => {
  it("pagination marks the current page and keeps the filters", async () => {
    renderWithLocale(() => (
      <Pagination page={2} pages={5} search="?sort=due&page=2" />
    ));
    const nav = await screen.findByRole("navigation", { name: "Pagination" });
    const current = nav.querySelector("[aria-current=page]");
    expect(current?.textContent).toBe("2");
    const next = screen.getByRole("link", { name: "Next" });
    expect(next.getAttribute("href")).toBe("?sort=due&page=3");
    const first = screen.getByRole("link", { name: "Page 1 of 5" });
    expect(first.getAttribute("href")).toBe("?sort=due");
  });

  it("an error summary links to each wrong field", async () => {
    renderWithLocale(() => (
      <>
        <ErrorSummary errors={{ email: "Enter your email address" }} />
        <Field name="email" label="Email" error="Enter your email address" />
      </>
    ));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("There is a problem");
    const link = screen.getByRole("link", { name: "Enter your email address" });
    expect(link.getAttribute("href")).toBe("#email");
    const input = screen.getByLabelText("Email");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toBe("email-error");
  });

  it("a status reads as words in the contact's language", async () => {
    renderWithLocale(() => <InvoiceStatusTag status="partially_paid" />, "ro");
    expect(await screen.findByText("ACHITATĂ PARȚIAL")).toBeTruthy();
  });
});
