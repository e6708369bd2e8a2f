/** What applies to sites the user has not set up yet (and to sites they add). */
import { KindSwitchList, Switch } from '../../ui/components';
import { t } from '../../ui/i18n';
import type { SectionProps } from '../section-props';
import { KindOwnerList } from '../../ui/owner-controls';

export function DefaultsSection({ settings, update }: SectionProps) {
  return (
    <section id="defaults" aria-labelledby="defaults-h" class="panel">
      <h2 id="defaults-h">{t('defaultsHeading')}</h2>
      <p class="hint">{t('defaultsIntro')}</p>
      <Switch
        label={t('defaultsEnabled')}
        checked={settings.defaults.enabled}
        onChange={(on) => void update((s) => void (s.defaults.enabled = on))}
      />
      <KindSwitchList
        legend={t('defaultsKinds')}
        kinds={settings.defaults.kinds}
        onChange={(k, hidden) => void update((s) => void (s.defaults.kinds[k] = hidden))}
      />
      <KindOwnerList
        legend={t('whoseDefaults')}
        whose={settings.defaults.whose}
        postPageOnly={settings.defaults.postPageOnly}
        kinds={settings.defaults.kinds}
        ownersKnown
        postPages
        onWhose={(k, w) => void update((s) => void (s.defaults.whose[k] = w))}
        onPostPage={(k, on) => void update((s) => void (s.defaults.postPageOnly[k] = on))}
      />
    </section>
  );
}
