import { afterEach, beforeEach, vi } from "vitest";

// Tests run against their own in-memory databases and quiet logs.
process.env.NODE_ENV = "test";
process.env.DATABASE_PATH ??= ":memory:";
process.env.LOG_LEVEL ??= "silent";
process.env.TIME_ZONE ??= "Europe/Bucharest";

// An unexpected console.error is a failure, not noise.
let errorSpy: ReturnType<typeof vi.spyOn> | undefined;
beforeEach(() => {
  errorSpy = vi.spyOn(console, "error");
});
afterEach(() => {
  const calls = errorSpy?.mock.calls ?? [];
  errorSpy?.mockRestore();
  if (calls.length > 0) {
    throw new Error(`console.error was called: ${String(calls[0][0])}`);
  }
});
