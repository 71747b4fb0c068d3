// A minimal test runner: named cases run in order, each failure is printed with its message, and
// the run ends with "N passed, M failed" (the exit code is non-zero when anything failed).
export type Case = { name: string; run: () => Promise<void> };

const cases: Case[] = [];

export function test(name: string, run: () => Promise<void>): void {
  cases.push({ name, run });
}

export async function runAll(timeoutMs = 90_000): Promise<{ passed: number; failed: number }> {
  let passed = 0;
  let failed = 0;
  for (const c of cases) {
    const started = Date.now();
    try {
      await Promise.race([
        c.run(),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s`)), timeoutMs).unref()),
      ]);
      passed++;
      console.log(`  ✓ ${c.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${c.name}\n      ${error instanceof Error ? (error.stack ?? error.message).split("\n").slice(0, 6).join("\n      ") : String(error)}`);
    }
  }
  return { passed, failed };
}
