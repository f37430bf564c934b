// Sites per province as plain CSS bars. Each bar is a button that filters the list to its province,
// so the chart is also a keyboard way in; the count is text, not only a bar length.
import { t } from '../i18n/i18n.ts';
import { provinceName } from '../i18n/labels.ts';
import type { ProvinceCount } from '../storage/history-query.ts';

interface Props {
  counts: readonly ProvinceCount[];
  selected: string;
  onSelect: (code: string) => void;
}

export function ProvinceChart({ counts, selected, onSelect }: Props) {
  if (counts.length === 0) return null;
  const max = Math.max(...counts.map((c) => c.count));
  return (
    <section class="chart" aria-labelledby="chart-heading">
      <h2 id="chart-heading">{t('historyChartHeading')}</h2>
      <ul class="chart__bars" data-testid="province-chart">
        {counts.map((c) => {
          const name = provinceName(c);
          return (
            <li key={c.code}>
              <button
                type="button"
                class="chart__row"
                aria-pressed={selected === c.code}
                aria-label={t('historyCountProvince', [name, String(c.count)])}
                data-province={c.code}
                data-count={c.count}
                onClick={() => onSelect(selected === c.code ? '' : c.code)}
              >
                <span class="chart__name">{name}</span>
                <span class="chart__track" aria-hidden="true">
                  <span class="chart__bar" style={{ width: `${(100 * c.count) / max}%` }} />
                </span>
                <span class="chart__count" aria-hidden="true">
                  {c.count}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
