// Counts passed and failed browser tests for the closing "N passed, N failed" line of npm test.
// Writes { passed, failed } to $KPI_WTR_COUNTS when that variable is set.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) continue;
    if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite.suites ?? []) count(s, totals);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that fails to load or throws outside a test counts as one failure.
        if ((session.errors?.length ?? 0) > 0 || (session.testResults?.errors?.length ?? 0) > 0) totals.failed++;
      }
      if (process.env.KPI_WTR_COUNTS) writeFileSync(process.env.KPI_WTR_COUNTS, JSON.stringify(totals));
    },
  };
}
