// Where the page was served from and what that means for its licences. Self-contained: everything
// comes in as props (the popup's HostingSection fetches them). Test hooks: data-testid hosting,
// hosting-verdict, hosting-ip, hosting-place, hosting-tld; data-verdict on the panel.
import type { Hosting } from '../core/hosting/types.ts';
import type { HostingVerdict } from '../core/hosting/verdict.ts';
import { ipText, placeName, verdictText } from '../i18n/hosting-text.ts';
import { t } from '../i18n/i18n.ts';
import './hosting-panel.css';

export interface HostingPanelProps {
  verdict: HostingVerdict;
  hosting: Hosting;
}

export function HostingPanel({ verdict, hosting }: HostingPanelProps) {
  const place = placeName(hosting.place);
  return (
    <section
      class={`hosting hosting--${verdict.kind}`}
      data-testid="hosting"
      data-verdict={verdict.kind}
      aria-label={t('hostingHeading')}
    >
      <h2 class="hosting__heading">{t('hostingHeading')}</h2>
      <p class="hosting__verdict" data-testid="hosting-verdict">
        {verdictText(verdict, hosting.place)}
      </p>
      <dl class="hosting__facts">
        <dt>{t('hostingIpLabel')}</dt>
        <dd data-testid="hosting-ip" class="hosting__ip">
          {ipText(hosting.ip, hosting.cached)}
          {place && (
            <span class="hosting__place" data-testid="hosting-place">
              {' · '}
              {place}
            </span>
          )}
        </dd>
      </dl>
      {hosting.cached && hosting.ip && <p class="hosting__note">{t('hostingCachedNote')}</p>}
      {verdict.unfileableTld && (
        <p class="hosting__note hosting__tld" data-testid="hosting-tld">
          {t('hostingTldHint', verdict.unfileableTld)}
        </p>
      )}
      {hosting.place?.kind === 'country' && <p class="hosting__credit">{t('hostingAttribution')}</p>}
    </section>
  );
}
