// An on/off switch: a real checkbox with role="switch" inside its label, so
// a click anywhere on the row toggles it and a screen reader hears "switch,
// on". Drawn as a track and knob by SWITCH_CSS (styles/shared.ts), the same
// in the popup and on the options page.

import type { ComponentChildren } from 'preact';

export function Switch(props: {
  /** The row's words; may hold more than text (the popup's mention count). */
  children: ComponentChildren;
  checked: boolean;
  onChange(checked: boolean): void;
  testId: string;
  /** Set as data-topic-id, for the switches that stand for a topic. */
  topicId?: string;
}) {
  return (
    <label class="rc-switch-row">
      <span class="rc-switch-label">{props.children}</span>
      <input
        type="checkbox"
        role="switch"
        class="rc-switch"
        data-testid={props.testId}
        data-topic-id={props.topicId}
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
    </label>
  );
}
