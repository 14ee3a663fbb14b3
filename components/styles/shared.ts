// Pieces the stylesheets share. Sizes are px only: rem and em would follow a
// page's root font size into the sidebar.

export const FONT_STACK =
  'system-ui, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, ' +
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", ' +
  '"WenQuanYi Micro Hei", sans-serif';

/** Colour tokens, light then dark, declared on `selector`. */
export function palette(selector: string): string {
  return `
${selector} {
  color-scheme: light;
  --rc-bg: #ffffff;
  --rc-bg-raised: #f6f8fa;
  --rc-fg: #1f2328;
  --rc-muted: #59636e;
  --rc-border: #d1d9e0;
  --rc-control: #8c959f;
  --rc-accent: #0b57d0;
  --rc-accent-fg: #ffffff;
  --rc-accent-soft: #e8f0fe;
  --rc-mark-bg: #ffe98a;
  --rc-mark-fg: #1f2328;
  --rc-focus: #0b57d0;
  --rc-error-bg: #fff0ee;
  --rc-error-fg: #a1260d;
  --rc-warn-bg: #fff8e1;
  --rc-shadow: 0 0 24px rgba(0, 0, 0, 0.18);
}
@media (prefers-color-scheme: dark) {
  ${selector} {
    color-scheme: dark;
    --rc-bg: #1b1c1f;
    --rc-bg-raised: #26282c;
    --rc-fg: #e8eaed;
    --rc-muted: #aab1b9;
    --rc-border: #3d4147;
    --rc-control: #7d8590;
    --rc-accent: #8ab4f8;
    --rc-accent-fg: #0b1d3a;
    --rc-accent-soft: #233048;
    --rc-mark-bg: #6b5500;
    --rc-mark-fg: #fff6d5;
    --rc-focus: #8ab4f8;
    --rc-error-bg: #3b1d18;
    --rc-error-fg: #ffb4a6;
    --rc-warn-bg: #3a3117;
    --rc-shadow: 0 0 24px rgba(0, 0, 0, 0.6);
  }
}`;
}

/** Visible keyboard focus on everything that takes it; system colours in forced-colours mode. */
export const FOCUS = `
:focus { outline: none; }
:focus-visible { outline: 2px solid var(--rc-focus); outline-offset: 2px; }
@media (forced-colors: active) {
  :focus-visible { outline: 2px solid Highlight; }
}`;

/** Present for screen readers, invisible on screen. */
export const VISUALLY_HIDDEN = `
.rc-vh {
  position: absolute !important; width: 1px !important; height: 1px !important;
  margin: -1px !important; padding: 0 !important; border: 0 !important;
  overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important;
  white-space: nowrap !important;
}`;

/** Switches: real checkboxes with role="switch", drawn as a track and knob (the Switch component). */
export const SWITCH = `
.rc-switch-row {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 12px;
  min-height: 32px;
  cursor: pointer;
}
.rc-switch-label { min-width: 0; overflow-wrap: anywhere; font-weight: 500; }
.rc-switch {
  appearance: none;
  -webkit-appearance: none;
  position: relative;
  flex: none;
  width: 36px;
  height: 20px;
  border-radius: 10px;
  border: 1px solid var(--rc-control);
  background: var(--rc-bg-raised);
  cursor: pointer;
}
.rc-switch::before {
  content: "";
  position: absolute;
  top: 2px;
  left: 2px;
  width: 14px;
  height: 14px;
  border-radius: 50%;
  background: var(--rc-muted);
}
.rc-switch:checked { background: var(--rc-accent); border-color: var(--rc-accent); }
.rc-switch:checked::before { left: 18px; background: var(--rc-accent-fg); }
@media (prefers-reduced-motion: no-preference) {
  .rc-switch, .rc-switch::before { transition: left 120ms ease, background-color 120ms ease; }
}
@media (forced-colors: active) {
  .rc-switch { appearance: auto; -webkit-appearance: auto; width: 16px; height: 16px; }
  .rc-switch::before { content: none; }
}`;

/** A link in running text (the source's address): underlined, so it reads as a link without colour. */
export const LINK = `
.rc-link {
  color: var(--rc-accent);
  text-decoration: underline;
  text-underline-offset: 2px;
  font-size: 13px;
  font-weight: 600;
}
.rc-link:hover { text-decoration-thickness: 2px; }`;
