import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../db/client";
import { importPath } from "../../server/import/run";
import { rowCounts, tempDir, writeJson } from "./helpers";

async function problems(path: string) {
  const db = createTestDatabase();
  const result = await importPath(db, path);
  expect(rowCounts(db)).toMatchObject({ companies: 0, invoices: 0 });
  if (result.ok) throw new Error("the import was accepted");
  return result.issues.map(({ file, row, field, message }) =>
    [file, row, field, message].join(" | "),
  );
}

function folder(files: Record<string, string[]>) {
  const dir = tempDir();
  for (const [name, lines] of Object.entries(files)) {
    writeFileSync(join(dir, name), lines.map((line) => `${line}\n`).join(""));
  }
  return dir;
}

const DATES = "01.03.2024;31.03.2024";
const BASE = {
  "companies.csv": ["ref;name", "C1;Lactate Moldova SRL"],
  "invoices.csv": ["number;company_ref;issue_date;due_date;currency"],
  "invoice_lines.csv": [
    "invoice_number;description;quantity;unit_price;vat_rate",
  ],
  "payments.csv": ["invoice_number;paid_on;amount"],
};

const company = { ref: "C1", name: "Lactate Moldova SRL" };
const invoice = (number: string, exchangeRate: number | null) => ({
  number,
  companyRef: "C1",
  issueDate: "2024-03-01",
  dueDate: "2024-03-31",
  currency: "EUR",
  exchangeRate,
  lines: [{ description: "Brânză", unitPrice: 10, vatRate: 19 }],
});

describe("exchange rates", () => {
  it("are refused at or below zero and above 1000 lei", async () => {
    const issues = await problems(
      writeJson({
        companies: [company],
        invoices: [
          invoice("E-1", -4.9735),
          invoice("E-2", 0),
          invoice("E-3", 1000.0001),
          invoice("E-4", 1000),
        ],
      }),
    );

    expect(issues).toEqual([
      "export.json | invoices[0] | exchangeRate | must be more than zero " +
        "lei per unit, not -4.9735",
      "export.json | invoices[1] | exchangeRate | must be more than zero " +
        "lei per unit, not 0",
      'export.json | invoices[2] | exchangeRate | "1000.0001" is more ' +
        "than the largest exchange rate allowed, 1000 lei per unit",
    ]);
  });
});

describe("amounts past the largest one allowed", () => {
  it("names every line, total and payment that passes it", async () => {
    const numbers = ["E-1", "E-2", "E-3", "E-4", "E-5", "E-6"];
    const issues = await problems(
      folder({
        ...BASE,
        "invoices.csv": [
          ...BASE["invoices.csv"],
          ...numbers.map((number) => `${number};C1;${DATES};RON`),
        ],
        "invoice_lines.csv": [
          ...BASE["invoice_lines.csv"],
          "E-1;Brânză;1;40.000.000.000,00;19",
          "E-2;Brânză;2.000.000;1,00;19",
          "E-3;Brânză;1.000.000;100.001,00;0",
          "E-4;Brânză;1;600.000.000,00;0",
          "E-4;Brânză;1;600.000.000,00;0",
          "E-5;Brânză;1;1.000.000.000,00;19",
          "E-6;Reducere;1;-1.000.000.000,01;0",
        ],
        "payments.csv": [
          ...BASE["payments.csv"],
          "E-4;10.03.2024;1.000.000.000,01",
        ],
      }),
    );

    const most = "the largest amount allowed, 1000000000,00";
    const least = "the smallest amount allowed, -1000000000,00";
    const lines = "invoice_lines.csv | line";
    expect(issues.sort()).toEqual(
      [
        `${lines} 2 | unit_price | "40.000.000.000,00" is more than ${most}`,
        `${lines} 3 | quantity | "2.000.000" is more than the largest ` +
          "quantity allowed, 1000000",
        `${lines} 4 | net | comes to more than ${most}`,
        `${lines} 7 | total | comes to more than ${most}`,
        `${lines} 8 | unit_price | "-1.000.000.000,01" is less than ${least}`,
        `invoices.csv | line 5 | total | its lines come to more than ${most}`,
        `payments.csv | line 2 | amount | "1.000.000.000,01" is more ` +
          `than ${most}`,
      ].sort(),
    );
  });

  it("accepts amounts up to the largest one allowed", async () => {
    const db = createTestDatabase();
    const result = await importPath(
      db,
      folder({
        ...BASE,
        "invoices.csv": [
          "number;company_ref;issue_date;due_date;currency;exchange_rate",
          `E-1;C1;${DATES};EUR;1.000,0000`,
        ],
        "invoice_lines.csv": [
          ...BASE["invoice_lines.csv"],
          "E-1;Brânză;1.000.000;500,00;0",
          "E-1;Smântână;1;500.000.000,00;0",
        ],
        "payments.csv": [
          ...BASE["payments.csv"],
          "E-1;10.03.2024;1.000.000.000,00",
        ],
      }),
    );

    expect(result.ok).toBe(true);
    expect(rowCounts(db)).toMatchObject({ invoices: 1, payments: 1 });
  });
});
