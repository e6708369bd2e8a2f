import { sites } from '../src/sites/index.ts';
import { METRIC_KINDS } from '../src/sites/types.ts';

/** The README's table of supported sites, from the registry. */
export function sitesTable(): string {
  const rows = sites.map((s) => {
    const hosts = [...new Set(s.matches.map((m) => m.replace(/^\*?:?\/?\/?https?:\/\//, '').replace(/^https?:\/\//, '').replace(/\/\*$/, '')))];
    const shown = hosts.length > 4 ? `${hosts.slice(0, 4).join(', ')} and ${hosts.length - 4} more` : hosts.join(', ');
    const kinds = METRIC_KINDS.filter(
      (k) => (s.metrics[k]?.length ?? 0) > 0 || s.text?.some((t) => t.kind === k) || s.shadow?.some((r) => (r.metrics[k]?.length ?? 0) > 0),
    ).join(', ');
    // Optional sites (issue 20) are off until the user turns them on: said in the name's cell.
    return `| ${s.name}${s.optional ? ' (turn on in the popup)' : ''} | ${shown} | ${kinds}${s.scrub?.length ? '; counts in labels' : ''}${s.titleCount ? '; tab title' : ''} | ${s.composer ? (s.composer.chat ? 'chat, with the chat switch' : 'yes') : '—'} |`;
  });
  return ['| site | addresses | what is hidden | pause before posting |', '|---|---|---|---|', ...rows].join('\n');
}
