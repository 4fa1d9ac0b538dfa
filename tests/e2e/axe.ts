// axe-core in a page that runs JavaScript (bypassCSP, so it can be injected).
import type { AxeResults } from "axe-core";
import { resolve } from "node:path";
import type { Page } from "playwright-core";

const AXE = resolve("node_modules/axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export const withAxe = { js: true, bypassCSP: true };

/** Serious and critical violations, as "rule: target, target". */
export async function violations(page: Page) {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import("axe-core") };
    const result: AxeResults = await axe.run(document, {
      runOnly: { type: "tag", values: tags },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((node) => node.target.join(" ")),
    }));
  }, TAGS);
  return found
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.targets.join(", ")}`);
}
