// All user-facing text goes through t(), which asks browser.i18n (so the browser's language picks
// public/_locales/<lang>/messages.json) and falls back to the English file where there is no
// extension runtime: unit tests, the command line. Text is returned as plain text; callers render
// it as text, never as HTML.
import en from '../../public/_locales/en/messages.json' with { type: 'json' };

export type MessageKey = keyof typeof en;

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

interface I18nLike {
  getMessage?: (key: string, substitutions?: string | string[]) => string;
}

function runtimeI18n(): I18nLike | undefined {
  const g = globalThis as { browser?: { i18n?: I18nLike }; chrome?: { i18n?: I18nLike } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The same substitution rules as chrome.i18n: $NAME$ → placeholder content → $1…$9. */
export function formatEntry(entry: LocaleEntry, subs: readonly string[]): string {
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    if (content === undefined) return whole;
    return content.replace(/\$(\d)/g, (_m, i: string) => subs[Number(i) - 1] ?? '');
  });
}

export function t(key: MessageKey, substitutions: string | readonly string[] = []): string {
  const subs = typeof substitutions === 'string' ? [substitutions] : [...substitutions];
  try {
    const text = runtimeI18n()?.getMessage?.(key, subs);
    if (text) return text;
  } catch {
    // Firefox throws for unknown keys; fall through to the bundled English text.
  }
  return formatEntry((en as Record<string, LocaleEntry>)[key] ?? { message: key }, subs);
}

/** Whether the active messages file is Chinese: decides which province name reads naturally. */
export function prefersChinese(): boolean {
  return t('localeCode').startsWith('zh');
}
