/**
 * Controls shared by the popup and the options page. Native inputs underneath (keyboard and
 * screen readers work as for any form); every control has a visible label.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { METRIC_KINDS, type MetricKind } from '../sites/types';
import { HIDING_STYLES, type HidingStyle, type KindSwitches } from '../settings/schema';
import { t } from './i18n';

export function Switch(props: {
  label: ComponentChildren;
  checked: boolean;
  onChange: (on: boolean) => void;
  hint?: ComponentChildren;
  disabled?: boolean;
  name?: string;
}) {
  const hintId = useId();
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        name={props.name}
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.hint ? hintId : undefined}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span class="switch-track" aria-hidden="true" />
      <span class="switch-text">
        <span class="switch-label">{props.label}</span>
        {props.hint && (
          <span class="hint" id={hintId}>
            {props.hint}
          </span>
        )}
      </span>
    </label>
  );
}

export function kindLabel(k: MetricKind): string {
  return t(`kind_${k}`);
}

/** One switch per metric kind: checked = hidden. */
export function KindSwitchList(props: { legend: string; kinds: KindSwitches; onChange: (k: MetricKind, hidden: boolean) => void; disabled?: boolean }) {
  return (
    <fieldset class="kinds" disabled={props.disabled}>
      <legend>{props.legend}</legend>
      <div class="kinds-grid">
        {METRIC_KINDS.map((k) => (
          <Switch key={k} label={kindLabel(k)} checked={props.kinds[k]} onChange={(on) => props.onChange(k, on)} />
        ))}
      </div>
    </fieldset>
  );
}

export function StyleChoice(props: { value: HidingStyle; onChange: (s: HidingStyle) => void; withHints?: boolean; name: string }) {
  return (
    <fieldset class="style-choice">
      <legend>{t('styleLegend')}</legend>
      <div class="segmented">
        {HIDING_STYLES.map((s) => (
          <label key={s} class="segment">
            <input type="radio" name={props.name} value={s} checked={props.value === s} onChange={() => props.onChange(s)} />
            <span>
              {t(`style_${s}`)}
              {props.withHints && <span class="hint">{t(`style_${s}_hint`)}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * A text field that saves as you type but keeps your draft while focused: the stored value may
 * be repaired (an empty question reads back as the default) and must not jump under the caret.
 */
export function TextField(props: {
  label: string;
  value: string;
  onSave: (v: string) => void;
  maxLength?: number;
  multiline?: boolean;
  hint?: string;
  placeholder?: string;
}) {
  const id = useId();
  const hintId = useId();
  const [draft, setDraft] = useState(props.value);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setDraft(props.value);
  }, [props.value, focused]);
  const common = {
    id,
    value: draft,
    maxLength: props.maxLength,
    placeholder: props.placeholder,
    'aria-describedby': props.hint ? hintId : undefined,
    onFocus: () => setFocused(true),
    onBlur: () => setFocused(false),
    onInput: (e: Event) => {
      const v = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
      setDraft(v);
      props.onSave(v);
    },
  };
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

/** A message announced when it appears. */
export function Notice(props: { kind: 'error' | 'ok' | 'info'; children: ComponentChildren; id?: string }) {
  return (
    <div id={props.id} class={`notice notice-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </div>
  );
}
