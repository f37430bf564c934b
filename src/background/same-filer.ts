// What the popup's "same filer" lines ask the history: the other sites under the page's ICP
// subjects and its first operator. One derivation for the popup's question and for the answer
// made ready when a visit is recorded (history.ts), so both ask the same and share one answer.
import { operatorKey, subjectsOf } from '../core/filer.ts';
import type { PageReport } from '../core/types.ts';
import { SAME_FILER_SITES } from '../messaging/history-messages.ts';
import type { HistoryDb } from '../storage/history-db/store.ts';

/** A page showing more ICP subjects than this is a directory, not one filer's site. */
const MAX_SUBJECTS = 20;

export function sameFilerOf(history: Pick<HistoryDb, 'sameFiler'>, domain: string, report: PageReport) {
  const subjects = subjectsOf(report.licences).slice(0, MAX_SUBJECTS);
  const operator = report.operators?.[0];
  return history.sameFiler(domain, subjects, operator ? operatorKey(operator.name) : null, SAME_FILER_SITES);
}
