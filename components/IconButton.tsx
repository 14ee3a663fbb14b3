// A square button that shows a 16px stroked icon: its label is read aloud and
// shown as a tooltip, since the icon alone says nothing to a screen reader.

export function IconButton(props: { testid: string; label: string; path: string; disabled?: boolean; onClick?: () => void }) {
  return (
    <button
      type="button"
      class="rc-icon-button"
      data-testid={props.testid}
      aria-label={props.label}
      title={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d={props.path} stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none" />
      </svg>
    </button>
  );
}
