import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, updateSettings } from '../settings/storage';
import { siteSettings, type Settings } from '../settings/schema';

function Popup() {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => void loadSettings().then((r) => setSettings(r.settings)), []);
  if (!settings) return <p>Loading…</p>;
  const x = siteSettings(settings, 'x');
  return (
    <main>
      <h1>Unscored</h1>
      <label>
        <input
          type="checkbox"
          checked={x.enabled}
          onChange={async (e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            const r = await updateSettings((s) => {
              s.sites.x = { ...siteSettings(s, 'x'), enabled: on };
            });
            setSettings(r.settings);
          }}
        />
        Hide scores on X
      </label>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
