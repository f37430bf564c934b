// Prints one closing line for the whole suite ("tests: N passed, N failed"), summed from the JSON
// reports each test tier writes (unit, integration, package, browser), so CI logs end with a count a
// person or tool can read. A missing report fails: that tier did not run.
import { existsSync, readFileSync } from 'node:fs';

const TIERS = ['unit', 'integration', 'package', 'e2e'];

let passed = 0;
let failed = 0;
let skipped = 0;
const perTier = [];
for (const tier of TIERS) {
  const file = `test-results/${tier}.json`;
  if (!existsSync(file)) {
    console.error(`test-summary: ${file} is missing (did npm run test:${tier} run?)`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  perTier.push(`${tier} ${report.numPassedTests}/${report.numTotalTests}`);
}
console.log(`passed per tier: ${perTier.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
