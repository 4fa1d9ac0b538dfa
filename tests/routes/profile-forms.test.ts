import { describe, expect, it } from "vitest";
import { DetailsForm } from "../../server/profile/forms";

const details = (firstName: string) => ({
  firstName,
  lastName: "Popescu",
  phone: "",
  locale: "ro",
});

describe("the details form", () => {
  it("accepts Romanian names with either spelling of ș and ț", () => {
    expect(DetailsForm.safeParse(details("Ştefan")).success).toBe(true);
    expect(DetailsForm.safeParse(details("Ștefan-Țurcanu")).success).toBe(true);
  });

  it.each(["\u200b", "Maria\u202e", "Ana\u0007"])(
    "refuses a name holding invisible or control characters (%j)",
    (name) => {
      expect(DetailsForm.safeParse(details(name)).success).toBe(false);
    },
  );
});
