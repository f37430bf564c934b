// A site's licence numbers as a compact list (number, kind, province): the history table and the
// batch results show them the same way.
import type { LicenceKind, Province } from '../core/types.ts';
import { kindLabel, provinceName } from '../i18n/labels.ts';

export interface ListedNumber {
  kind: LicenceKind;
  number: string;
  province: Province | null;
}

export function NumberList({ licences }: { licences: readonly ListedNumber[] }) {
  return (
    <ul class="sites__numbers">
      {licences.map((l) => (
        <li key={`${l.kind}:${l.number}`} data-kind={l.kind}>
          <span class="sites__number">{l.number}</span>{' '}
          <span class="sites__meta">
            {kindLabel(l.kind)}
            {l.province ? ` · ${provinceName(l.province)}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
