// `web-ext lint` on dist/firefox (run `npm run build` first). Fails on any error, and on any warning
// that is not on the list below; every entry there is explained in README ("Firefox lint").
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const WEB_EXT = 'node_modules/web-ext/bin/web-ext.js';
const SOURCE = 'dist/firefox';

/** Our own sources never write HTML as a string; then an innerHTML warning can only be a library's. */
function srcWritesHtml(dir = 'src') {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).some(
    (e) =>
      e.isFile() &&
      /\.(ts|tsx)$/.test(e.name) &&
      /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML/.test(
        readFileSync(join(e.parentPath, e.name), 'utf8'),
      ),
  );
}

const ALLOWED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's dangerouslySetInnerHTML code path; our code never uses it",
    applies: (w) => w.file.startsWith('assets/') && !srcWritesHtml(),
  },
];

let out;
try {
  out = execFileSync(process.execPath, [WEB_EXT, 'lint', '--source-dir', SOURCE, '--output', 'json'], {
    encoding: 'utf8',
  });
} catch (error) {
  // web-ext exits non-zero when it finds errors; the JSON is still on stdout.
  out = error.stdout;
  if (!out) throw error;
}
const report = JSON.parse(out);
const explained = [];
const unexplained = [];
for (const w of report.warnings) {
  const rule = ALLOWED.find((a) => a.code === w.code && a.applies(w));
  (rule ? explained : unexplained).push({ ...w, why: rule?.why });
}

const { errors, notices, warnings } = report.summary;
console.log(`web-ext lint ${SOURCE}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
for (const w of explained) console.log(`  allowed ${w.code} in ${w.file}: ${w.why}`);
for (const m of [...report.errors, ...unexplained]) {
  console.error(`  ${m._type} ${m.code} in ${m.file ?? '-'}: ${m.message}`);
}
if (report.errors.length > 0 || unexplained.length > 0) {
  console.error('Fix these, or explain a warning in README ("Firefox lint") and allow it in this script.');
  process.exit(1);
}
