// `icp-lens audit <url|file|->…`: the readiness report of each page (see AUDIT_USAGE).
import { systemResolve } from '../hosting.ts';
import type { CliIo } from '../main.ts';
import { runInputs } from '../run-inputs.ts';
import { AUDIT_USAGE, parseAuditArgs } from './args.ts';
import { auditInput } from './audit.ts';
import { auditToJson, formatAuditCsv, formatAuditJson, formatAuditTable } from './format.ts';

/** argv after the word `audit`; resolves to the exit code. */
export async function runAudit(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseAuditArgs(argv);
  if (!parsed.ok) {
    io.stderr(`icp-lens audit: ${parsed.error}\n\n${AUDIT_USAGE}`);
    return 2;
  }
  const { options } = parsed;
  if (options.help) {
    io.stdout(AUDIT_USAGE);
    return 0;
  }
  const resolve = options.hosting ? (io.resolveHost ?? systemResolve) : null;
  return runInputs(options, io, {
    work: (input, readOptions) => auditInput(input, { ...readOptions, resolve }),
    table: formatAuditTable,
    json: formatAuditJson,
    entry: auditToJson,
    csv: formatAuditCsv,
  });
}
