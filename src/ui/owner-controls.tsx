/**
 * Whose numbers and "only on a post's page" (issue 19): the controls shared by the popup and the
 * options page. Native radios, selects and checkboxes with visible labels, like the rest of ui/.
 */
import { useId } from 'preact/hooks';
import { METRIC_KINDS, type MetricKind } from '../sites/types';
import { WHOSE, type KindSwitches, type Whose, type WhoseSwitches } from '../settings/schema';
import { kindLabel } from './components';
import { t } from './i18n';

/** The kinds whose owner can be told apart: an unread badge is always the user's own. */
export const OWNER_KINDS = METRIC_KINDS;
/** Kinds that a post's own page can show (a badge is not about a post). */
export const POST_PAGE_KINDS = METRIC_KINDS.filter((k) => k !== 'unread');

/** The one value all kinds share, or null when they differ. */
export function commonWhose(whose: WhoseSwitches | undefined): Whose | null {
  const vals = new Set(METRIC_KINDS.map((k) => whose?.[k] ?? 'both'));
  return vals.size === 1 ? [...vals][0] : null;
}

/** Whose numbers, for every kind at once: one click in the popup. */
export function WhoseChoice(props: { name: string; legend: string; value: Whose | null; onChange: (w: Whose) => void; disabled?: boolean; hint?: string }) {
  const hintId = useId();
  return (
    <fieldset class="style-choice whose-choice" disabled={props.disabled} aria-describedby={props.hint ? hintId : undefined}>
      <legend>{props.legend}</legend>
      <div class="segmented">
        {WHOSE.map((w) => (
          <label key={w} class="segment">
            <input type="radio" name={props.name} value={w} checked={props.value === w} onChange={() => props.onChange(w)} />
            <span>{t(`whose_${w}`)}</span>
          </label>
        ))}
      </div>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
    </fieldset>
  );
}

/** Per kind: whose numbers are hidden, and whether they show on a post's own page. */
export function KindOwnerList(props: {
  legend: string;
  whose: WhoseSwitches | undefined;
  postPageOnly: KindSwitches | undefined;
  kinds: KindSwitches;
  onWhose: (k: MetricKind, w: Whose) => void;
  onPostPage: (k: MetricKind, on: boolean) => void;
  ownersKnown: boolean;
  postPages: boolean;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <fieldset class="kinds owner-kinds" disabled={props.disabled}>
      <legend>{props.legend}</legend>
      {!props.ownersKnown && <p class="hint">{t('whoseUnknownSite')}</p>}
      <div class="owner-grid">
        {METRIC_KINDS.map((k) => (
          <div class="owner-row" key={k}>
            <label for={`${id}-${k}`}>{kindLabel(k)}</label>
            <select
              id={`${id}-${k}`}
              value={props.whose?.[k] ?? 'both'}
              disabled={!props.kinds[k] && !props.postPageOnly?.[k]}
              onChange={(e) => props.onWhose(k, (e.currentTarget as HTMLSelectElement).value as Whose)}
            >
              {WHOSE.map((w) => (
                <option key={w} value={w}>
                  {t(`whose_${w}`)}
                </option>
              ))}
            </select>
            {props.postPages && k !== 'unread' ? (
              <label class="check">
                <input
                  type="checkbox"
                  aria-label={t('postPageOnlyKind', kindLabel(k))}
                  checked={props.postPageOnly?.[k] === true}
                  onChange={(e) => props.onPostPage(k, (e.currentTarget as HTMLInputElement).checked)}
                />
                <span>{t('postPageOnly')}</span>
              </label>
            ) : (
              <span />
            )}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
