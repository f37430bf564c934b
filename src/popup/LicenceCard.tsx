import { useId } from 'preact/hooks';
import { licenceTone, WARNING_FLAGS } from '../core/page-status.ts';
import type { FoundLicence } from '../core/types.ts';
import { t } from '../i18n/i18n.ts';
import { flagText, kindExplanation, kindLabel } from '../i18n/labels.ts';
import type { PopupApi } from './api.ts';
import { CardActions } from './CardActions.tsx';
import { CardVerdict } from './CardVerdict.tsx';
import { areaText, licenceParts, provinceText } from './format.ts';

interface Props {
  licence: FoundLicence;
  primary: boolean;
  tabId: number;
  api: PopupApi;
}

/** One licence. Test hooks: data-testid licence/number/province/parts, data-kind, data-flag. */
export function LicenceCard({ licence, primary, tabId, api }: Props) {
  const titleId = useId();
  const area = areaText(licence);
  const parts = licenceParts(licence);
  return (
    <li
      class={`card card--${licenceTone(licence)}`}
      data-testid="licence"
      data-kind={licence.kind}
      aria-labelledby={titleId}
    >
      <div class="card__head">
        <h2 class="card__kind" id={titleId}>
          {kindLabel(licence.kind)}
        </h2>
        {primary && <span class="tag tag--primary">{t('primary')}</span>}
        {licence.commercial && <span class="tag">{t('commercial')}</span>}
      </div>
      <p class="card__explain">{kindExplanation(licence.kind)}</p>
      <div class="card__number" data-testid="number" lang="zh-CN">
        {licence.number}
      </div>
      {licence.province ? (
        <div class="card__province" data-testid="province" lang="zh-CN">
          {provinceText(licence.province)}
          {area && <span class="card__area"> ({area})</span>}
        </div>
      ) : (
        <div class="card__province card__province--none">{t('provinceNone')}</div>
      )}
      {parts.length > 0 && (
        <ul class="card__parts" data-testid="parts">
          {parts.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {licence.flags.length > 0 && (
        <ul class="card__flags">
          {licence.flags.map((note) => (
            <li
              key={note.flag}
              class={`flag ${WARNING_FLAGS.has(note.flag) || licence.kind === 'novelty-icp' ? 'flag--warn' : 'flag--info'}`}
              title={note.reason}
              data-flag={note.flag}
            >
              {flagText(note.flag)}
            </li>
          ))}
        </ul>
      )}
      <CardActions licence={licence} tabId={tabId} api={api} />
      <CardVerdict licence={licence} />
    </li>
  );
}
