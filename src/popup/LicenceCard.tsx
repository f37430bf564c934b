import type { FoundLicence } from '../core/types.ts';
import { flagLabel, kindLabel, S } from '../shared/strings.ts';
import { areaText, provinceText } from './format.ts';

const WARNING_FLAGS = new Set(['dummy', 'malformed', 'novelty', 'prefix-code-mismatch']);

function tone(l: FoundLicence): 'flagged' | 'commercial' | 'filing' {
  if (l.kind === 'novelty-icp' || l.flags.some((f) => WARNING_FLAGS.has(f.flag))) return 'flagged';
  return l.commercial ? 'commercial' : 'filing';
}

/** One licence. Test hooks: data-testid licence/number/province, data-kind. */
export function LicenceCard({ licence, primary }: { licence: FoundLicence; primary: boolean }) {
  const area = areaText(licence);
  return (
    <li class={`card card--${tone(licence)}`} data-testid="licence" data-kind={licence.kind}>
      <div class="card__head">
        <span class="card__kind">{kindLabel(licence.kind)}</span>
        {primary && <span class="tag tag--primary">{S.primary}</span>}
        {licence.commercial && <span class="tag">{S.commercial}</span>}
      </div>
      <div class="card__number" data-testid="number" lang="zh-CN">
        {licence.number}
      </div>
      {licence.province ? (
        <div class="card__province" data-testid="province" lang="zh-CN">
          {provinceText(licence.province)}
          {area && <span class="card__area"> ({area})</span>}
        </div>
      ) : (
        <div class="card__province card__province--none">{S.noProvince}</div>
      )}
      {licence.flags.length > 0 && (
        <ul class="card__flags">
          {licence.flags.map((note) => (
            <li key={note.flag} class={`flag flag--${note.flag}`} title={note.reason} data-flag={note.flag}>
              {flagLabel(note.flag)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
