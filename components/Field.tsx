// A labelled form field: the label, the control (children) and the lines
// under it (a hint, a problem). The article editor, a topic card and the
// import chooser lay out their fields the same way through it.

import type { ComponentChildren } from 'preact';

export function Field(props: {
  /** The control's id, which the label points to. */
  id: string;
  label: string;
  note?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <div class="rc-field">
      <label class="rc-label" for={props.id}>
        {props.label}
      </label>
      {props.children}
      {props.note}
    </div>
  );
}
