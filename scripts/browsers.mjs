// Where the browsers are and how we launch them. Debian's packages only: no tool may download
// a browser of its own here.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function launchArgs(extra = []) {
  return [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', ...extra,
  ];
}

/** Installs Debian's chromium / firefox-esr when missing (as root with apt), or says how. */
export function ensureBrowsers({ firefox = true } = {}) {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (firefox && !existsSync(FIREFOX)) missing.push('firefox-esr');
  if (!missing.length) return;
  const cmd = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log(`Installing ${missing.join(', ')} from Debian's packages…`);
    execSync(cmd, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    throw new Error(`Missing ${missing.join(', ')}. Install with:\n  sudo ${cmd}`);
  }
}
