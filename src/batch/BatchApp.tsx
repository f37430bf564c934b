// The batch check page: a list in, one fetched-and-scanned row per line out, with progress, cancel,
// export and "add to history". Rows done before a cancel, or before the run failed, are kept.
import { useRef, useState } from 'preact/hooks';
import { exportName, toCsv, toJson } from '../export/export.ts';
import { t } from '../i18n/i18n.ts';
import { MAX_BATCH_URLS, parseUrlList } from '../net/url-list.ts';
import type { BatchApi } from './api.ts';
import { FilerGroups } from './FilerGroups.tsx';
import { ResultsTable } from './ResultsTable.tsx';
import { exportRecord, historyEntries } from './rows.ts';
import { type BatchRow, pendingRows } from './run.ts';
import './batch.css';

type Phase = 'idle' | 'running' | 'done' | 'cancelled' | 'failed' | 'denied' | 'empty';

export function BatchApp({ api }: { api: BatchApi }) {
  const [text, setText] = useState('');
  const [timeout, setTimeoutSec] = useState(15);
  const [rows, setRows] = useState<BatchRow[]>([]);
  const [phase, setPhase] = useState<Phase>('idle');
  const [dropped, setDropped] = useState(0);
  const [added, setAdded] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);

  const finished = rows.filter((r) => r.state === 'done' && r.error?.code !== 'stopped').length;

  const start = async () => {
    const { lines, dropped: extra } = parseUrlList(text);
    setDropped(extra);
    setAdded(null);
    if (lines.length === 0) return setPhase('empty');
    const urls = lines.flatMap((l) => (l.url ? [l.url] : []));
    // Asked from the click, before anything else is awaited, so the browser sees a user gesture.
    if (!(await api.ensureAccess(urls).catch(() => false))) return setPhase('denied');
    const abort = new AbortController();
    controller.current = abort;
    const current = pendingRows(lines);
    setRows(current);
    setPhase('running');
    let failed = false;
    try {
      await api.run(lines, {
        timeoutMs: Math.max(1, timeout) * 1000,
        signal: abort.signal,
        onRow: (index, row) => {
          // Fetches still running when the run failed end after it; the table is final by then.
          if (failed) return;
          current[index] = row;
          setRows([...current]);
        },
      });
      setPhase(abort.signal.aborted ? 'cancelled' : 'done');
    } catch (error) {
      // The page must not stay "running": rows done are kept, the others say they were not checked.
      console.error('[icp-lens] batch', error);
      failed = true;
      abort.abort();
      setRows(
        current.map((r) => (r.state === 'done' ? r : { ...r, state: 'done', error: { code: 'stopped' } })),
      );
      setPhase('failed');
    } finally {
      controller.current = null;
    }
  };

  const loadFile = async (file: File | undefined) => {
    if (file) setText(await file.text());
  };

  const done = rows.filter((r) => r.state === 'done');
  const records = () => done.map((r) => exportRecord(r));
  const exportAs = (ext: 'csv' | 'json') => {
    const now = api.now();
    if (ext === 'csv')
      api.download(exportName('batch', 'csv', now), toCsv(records()), 'text/csv;charset=utf-8');
    else api.download(exportName('batch', 'json', now), toJson(records(), now), 'application/json');
  };
  const entries = historyEntries(done);
  const running = phase === 'running';

  return (
    <main class="page" aria-busy={running}>
      <h1>{t('batchTitle')}</h1>
      <p>{t('batchIntro')}</p>
      <div class="batch__input">
        <label for="list">{t('batchInputLabel')}</label>
        <textarea
          id="list"
          data-testid="list"
          rows={8}
          spellcheck={false}
          value={text}
          disabled={running}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <div class="toolbar">
          <label>
            {t('batchLoadFile')}
            <input
              type="file"
              data-testid="file"
              accept=".txt,.csv,.list,text/plain"
              disabled={running}
              onChange={(e) => void loadFile(e.currentTarget.files?.[0])}
            />
          </label>
          <label>
            {t('batchTimeout')}
            <input
              type="number"
              data-testid="timeout"
              min={1}
              max={120}
              value={timeout}
              disabled={running}
              onInput={(e) => setTimeoutSec(Number(e.currentTarget.value) || 15)}
            />
          </label>
        </div>
      </div>
      <p class="batch__note">{t('batchAccessNote')}</p>
      <div class="actions">
        <button type="button" data-testid="start" disabled={running} onClick={() => void start()}>
          {t('batchStart')}
        </button>
        <button
          type="button"
          data-testid="cancel"
          disabled={!running}
          onClick={() => controller.current?.abort()}
        >
          {t('batchCancel')}
        </button>
      </div>
      {phase === 'denied' && (
        <p class="notice" role="alert" data-testid="denied">
          {t('batchPermissionDenied')}
        </p>
      )}
      {phase === 'empty' && (
        <p class="notice" role="alert">
          {t('batchNothing')}
        </p>
      )}
      {dropped > 0 && <p class="notice">{t('batchTooMany', String(MAX_BATCH_URLS))}</p>}
      {rows.length > 0 && (
        <div class="batch__progress">
          <progress
            max={rows.length}
            value={finished}
            aria-labelledby="progress-text"
            data-testid="progress"
          />
          <p id="progress-text" role="status" data-testid="progress-text" data-phase={phase}>
            {phase === 'cancelled'
              ? t('batchCancelled', [String(finished), String(rows.length)])
              : phase === 'failed'
                ? t('batchFailed', [String(finished), String(rows.length)])
                : phase === 'done'
                  ? t('batchDone', String(finished))
                  : t('batchProgress', [String(finished), String(rows.length)])}
          </p>
        </div>
      )}
      {done.length > 0 && !running && (
        <div class="actions">
          <button type="button" data-testid="export-csv" onClick={() => exportAs('csv')}>
            {t('exportCsv')}
          </button>
          <button type="button" data-testid="export-json" onClick={() => exportAs('json')}>
            {t('exportJson')}
          </button>
          <button
            type="button"
            data-testid="add-history"
            disabled={entries.length === 0}
            onClick={() => void api.addToHistory(entries).then(setAdded)}
          >
            {t('batchAddToHistory')}
          </button>
          <p role="status" data-testid="added">
            {added !== null && t('batchAdded', String(added))}
          </p>
        </div>
      )}
      {done.length > 0 && !running && <FilerGroups sites={records()} />}
      {rows.length > 0 && <ResultsTable rows={rows} {...(api.registry ? { registry: api.registry } : {})} />}
    </main>
  );
}
