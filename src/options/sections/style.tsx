/** Blur, hide, or blur with reveal on hover: one choice for every site. */
import { StyleChoice } from '../../ui/components';
import { t } from '../../ui/i18n';
import type { SectionProps } from '../section-props';

export function StyleSection({ settings, update }: SectionProps) {
  return (
    <section id="style" aria-labelledby="style-h" class="panel">
      <h2 id="style-h">{t('styleHeading')}</h2>
      <StyleChoice name="style-options" withHints value={settings.style} onChange={(v) => void update((s) => void (s.style = v))} />
    </section>
  );
}
