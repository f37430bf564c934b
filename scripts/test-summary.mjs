// Prints one closing line for the whole suite ("tests: N passed, N failed"), summed from the JSON
// reports the unit, package and browser runs write, so CI logs end with a count a person or tool can read.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of ['test-results/unit.json', 'test-results/package.json', 'test-results/e2e.json']) {
  if (!existsSync(file)) {
    console.error(`test-summary: ${file} is missing`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
