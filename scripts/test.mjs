// The README's test command: the static checks, the build and every vitest
// suite, each run even when an earlier one failed, then one closing line
// "N passed, N failed" (each static check counts as one test).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

const REPORT = "test-results/vitest.json";
const stages = [
  ["types", "tsc", ["--noEmit"]],
  ["lint", "eslint", ["."]],
  ["format", "prettier", ["--check", "."]],
  ["build", "remix", ["build"]],
];

let passed = 0;
let failed = 0;
for (const [name, command, args] of stages) {
  console.log(`\n> ${name}: ${command} ${args.join(" ")}`);
  const run = spawnSync("npx", ["--no-install", command, ...args], {
    stdio: "inherit",
  });
  if (run.status === 0) passed += 1;
  else {
    failed += 1;
    console.log(`${name} failed`);
  }
}

rmSync(REPORT, { force: true });
console.log("\n> tests: vitest run");
const vitest = spawnSync("npx", ["--no-install", "vitest", "run"], {
  stdio: "inherit",
});
if (existsSync(REPORT)) {
  const report = JSON.parse(readFileSync(REPORT, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  if (vitest.status !== 0 && report.numFailedTests === 0) failed += 1;
} else {
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
