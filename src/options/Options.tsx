import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '../i18n/i18n.ts';
import { BADGE_STYLES, type BadgeStyle, type Settings } from '../storage/settings.ts';
import './options.css';

export interface SettingsStore {
  read(): Promise<Settings>;
  write(changes: Partial<Omit<Settings, 'v'>>): Promise<Settings>;
}

const STYLE_LABELS: Record<BadgeStyle, MessageKey> = {
  province: 'badgeStyleProvince',
  dot: 'badgeStyleDot',
  none: 'badgeStyleNone',
};

const LEGEND: ReadonlyArray<[tone: string, key: MessageKey]> = [
  ['filing', 'legendFiling'],
  ['commercial', 'legendCommercial'],
  ['flagged', 'legendFlagged'],
  ['none', 'legendNone'],
];

/** The settings that exist, one fieldset each; saved on change. */
export function Options({
  store,
  clearHistory,
}: {
  store: SettingsStore;
  clearHistory?: () => Promise<void>;
}) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  const [cleared, setCleared] = useState(false);

  useEffect(() => {
    store.read().then(setSettings, () => {});
  }, [store]);

  const change = (badgeStyle: BadgeStyle) =>
    store.write({ badgeStyle }).then((next) => {
      setSettings(next);
      setSaved(true);
    });

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <fieldset class="options__group" disabled={!settings}>
        <legend>{t('optionsBadgeHeading')}</legend>
        {BADGE_STYLES.map((style) => (
          <label key={style} class="options__choice">
            <input
              type="radio"
              name="badgeStyle"
              value={style}
              data-testid={`badge-style-${style}`}
              checked={settings?.badgeStyle === style}
              onChange={() => void change(style)}
            />
            {t(STYLE_LABELS[style])}
          </label>
        ))}
        <p class="options__saved" role="status" data-testid="saved">
          {saved ? t('optionsSaved') : ''}
        </p>
      </fieldset>
      <fieldset class="options__group" disabled={!settings} data-testid="history-settings">
        <legend>{t('optionsHistoryHeading')}</legend>
        <label class="options__choice">
          <input
            type="checkbox"
            data-testid="remember-sites"
            aria-describedby="remember-help"
            checked={settings?.rememberSites === true}
            onChange={(e) =>
              void store.write({ rememberSites: e.currentTarget.checked }).then((next) => {
                setSettings(next);
                setSaved(true);
              })
            }
          />
          {t('optionsRememberSites')}
        </label>
        <p id="remember-help" class="options__help">
          {t('optionsRememberHelp')}
        </p>
        <p class="options__links">
          <a href="../history/index.html" target="_blank" rel="noopener" data-testid="open-history">
            {t('optionsOpenHistory')}
          </a>
          <a href="../batch/index.html" target="_blank" rel="noopener" data-testid="open-batch">
            {t('optionsOpenBatch')}
          </a>
        </p>
        {clearHistory && (
          <p>
            <button
              type="button"
              data-testid="clear-history"
              onClick={() => void clearHistory().then(() => setCleared(true))}
            >
              {t('optionsClearHistory')}
            </button>{' '}
            <span role="status" data-testid="history-cleared">
              {cleared ? t('optionsHistoryCleared') : ''}
            </span>
          </p>
        )}
      </fieldset>
      <section class="options__group">
        <h2>{t('legendHeading')}</h2>
        <ul class="legend">
          {LEGEND.map(([tone, key]) => (
            <li key={tone}>
              <span class={`legend__swatch legend__swatch--${tone}`} aria-hidden="true">
                京
              </span>
              {t(key)}
            </li>
          ))}
        </ul>
      </section>
      <p class="options__privacy">{t('optionsPrivacy')}</p>
    </main>
  );
}
