// The sidebar's and the collapsed tab's stylesheet, adopted into a closed
// shadow root. It starts from nothing (`all: initial` on the host resets
// every inherited property, so the page's fonts, colours, line heights and
// letter spacing stop at the boundary), sizes everything in px, and places
// the panel with position: fixed so it sits in the same place whatever box
// the host is given.

import { CARDS_CSS } from './cards.ts';
import { FOCUS, FONT_STACK, VISUALLY_HIDDEN, palette } from './shared.ts';

export const SIDEBAR_CSS = `
:host { all: initial; }
*, *::before, *::after { box-sizing: border-box; }
${palette('.rc')}

.rc {
  direction: ltr;
  writing-mode: horizontal-tb;
  font-family: ${FONT_STACK};
  font-size: 14px;
  font-weight: 400;
  font-style: normal;
  line-height: 20px;
  letter-spacing: normal;
  word-spacing: normal;
  text-align: left;
  text-transform: none;
  text-indent: 0;
  white-space: normal;
  color: var(--rc-fg);
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
.rc :where(h2, h3, h4, p, ul, ol, li, blockquote, form, fieldset, figure) { margin: 0; padding: 0; border: 0; }
.rc :where(ul, ol) { list-style: none; }
.rc :where(button, input) {
  font: inherit; color: inherit; letter-spacing: inherit; margin: 0;
}
.rc svg { display: block; flex: none; }
${FOCUS}
${VISUALLY_HIDDEN}

/* The panel: docked right, full height, scrolling inside. */
.rc-panel {
  position: fixed;
  top: 0; right: 0; bottom: 0; left: auto;
  width: 360px;
  max-width: 100vw;
  height: 100vh;
  display: flex;
  flex-direction: column;
  background: var(--rc-bg);
  border-left: 1px solid var(--rc-border);
  box-shadow: var(--rc-shadow);
  overflow: hidden;
  /* Laid out apart from the page, whatever its size: nothing inside changes the page, nor the page it. */
  contain: strict;
}
/* Narrow windows: docked at the bottom instead. */
[data-layout="bottom"] .rc-panel {
  top: auto; left: 0; right: 0; bottom: 0;
  width: auto;
  height: 55vh;
  border-left: 0;
  border-top: 1px solid var(--rc-border);
}
/* There, everything above the passages takes as little height as it can:
   the section titles and the search label are for screen readers only, the
   topics, stepper and search share rows, and the passages start high. */
[data-layout="bottom"] .rc-header { min-height: 40px; padding: 4px 4px 4px 12px; }
[data-layout="bottom"] .rc-body { padding: 8px 12px 16px; gap: 8px; }
[data-layout="bottom"] .rc-section { gap: 6px; }
[data-layout="bottom"] .rc-section--topics { flex-direction: row; flex-wrap: wrap; align-items: center; }
[data-layout="bottom"] .rc-topics { flex-wrap: nowrap; overflow-x: auto; max-width: 100%; }
[data-layout="bottom"] .rc-topic { flex: none; padding: 2px 8px; font-size: 12px; line-height: 18px; }
[data-layout="bottom"] .rc-add-page { margin-left: auto; }
[data-layout="bottom"] .rc-section-title, [data-layout="bottom"] .rc-label {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}
[data-layout="bottom"] .rc-search { gap: 2px; }
[data-layout="bottom"] .rc-input { height: 32px; }

.rc-header {
  flex: none;
  display: flex;
  align-items: center;
  gap: 8px;
  min-height: 48px;
  padding: 8px 8px 8px 16px;
  border-bottom: 1px solid var(--rc-border);
  background: var(--rc-bg-raised);
}
.rc-title {
  flex: 1 1 auto;
  min-width: 0;
  font-size: 16px;
  line-height: 22px;
  font-weight: 600;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}
.rc-title:focus-visible { outline-offset: -2px; }

.rc-body {
  flex: 1 1 auto;
  min-height: 0;
  overflow-y: auto;
  overscroll-behavior: contain;
  padding: 12px 16px 24px;
  display: flex;
  flex-direction: column;
  gap: 16px;
}
.rc-section { display: flex; flex-direction: column; gap: 8px; }
.rc-section-title {
  font-size: 12px;
  line-height: 16px;
  font-weight: 600;
  letter-spacing: 0.4px;
  text-transform: uppercase;
  color: var(--rc-muted);
}
.rc-muted { color: var(--rc-muted); }

/* Buttons */
.rc-button, .rc-icon-button {
  appearance: none;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 4px;
  min-height: 32px;
  padding: 4px 10px;
  border: 1px solid var(--rc-control);
  border-radius: 6px;
  background: var(--rc-bg);
  color: var(--rc-fg);
  font-size: 13px;
  line-height: 18px;
  cursor: pointer;
}
.rc-icon-button { width: 32px; padding: 0; flex: none; }
.rc-button:hover, .rc-icon-button:hover { background: var(--rc-accent-soft); }
.rc-button:disabled, .rc-icon-button:disabled { opacity: 0.45; cursor: default; background: var(--rc-bg); }

/* Topics and mentions */
.rc-topics { display: flex; flex-wrap: wrap; gap: 6px; }
.rc-topic {
  display: inline-flex;
  align-items: baseline;
  gap: 6px;
  padding: 4px 10px;
  border-radius: 14px;
  background: var(--rc-accent-soft);
}
.rc-topic-label { font-weight: 600; }
.rc-count { font-size: 12px; color: var(--rc-muted); }
.rc-stepper { display: flex; align-items: center; gap: 8px; }
.rc-position { min-width: 96px; text-align: center; font-variant-numeric: tabular-nums; }

/* Search */
.rc-search { display: flex; flex-direction: column; gap: 6px; }
.rc-label { font-weight: 600; }
.rc-search-row { display: flex; gap: 6px; }
.rc-input {
  flex: 1 1 auto;
  min-width: 0;
  height: 36px;
  padding: 6px 10px;
  border: 1px solid var(--rc-control);
  border-radius: 6px;
  background: var(--rc-bg);
  color: var(--rc-fg);
  font-size: 14px;
  line-height: 20px;
}
.rc-input::placeholder { color: var(--rc-muted); opacity: 1; }
.rc-input:focus-visible { outline-offset: 0; border-color: var(--rc-focus); }
.rc-status { min-height: 20px; font-size: 13px; color: var(--rc-muted); }
.rc-status:empty { min-height: 0; }

/* States */
.rc-error {
  padding: 10px 12px;
  border-radius: 6px;
  background: var(--rc-error-bg);
  color: var(--rc-error-fg);
}
.rc-error-title { font-weight: 600; }
.rc-error-detail { font-size: 13px; overflow-wrap: anywhere; }

${CARDS_CSS}

/* The collapsed tab: on the right edge, centred vertically. */
.rc-tab {
  appearance: none;
  position: fixed;
  right: 0;
  top: 50%;
  transform: translateY(-50%);
  display: flex;
  flex-direction: column;
  align-items: center;
  gap: 4px;
  min-width: 36px;
  min-height: 56px;
  margin: 0;
  padding: 10px 6px;
  border: 1px solid var(--rc-control);
  border-right: 0;
  border-radius: 8px 0 0 8px;
  background: var(--rc-bg);
  color: var(--rc-accent);
  box-shadow: var(--rc-shadow);
  font-size: 13px;
  line-height: 16px;
  font-weight: 700;
  cursor: pointer;
}
.rc-tab:hover { background: var(--rc-accent-soft); }
.rc-tab:focus-visible { outline-offset: -4px; }
.rc-tab-count { font-variant-numeric: tabular-nums; color: var(--rc-fg); }
/* The tab's name, written down its length so the tab stays narrow. */
.rc-tab-label { writing-mode: vertical-rl; font-size: 12px; line-height: 16px; font-weight: 600; white-space: nowrap; }
.rc-tab-label:lang(en) { transform: rotate(180deg); }

@media (forced-colors: active) {
  .rc-panel, .rc-tab, .rc-card { border: 1px solid CanvasText; }
  .rc-card--focused { outline: 3px solid Highlight; }
  .rc mark { background: Mark; color: MarkText; }
}
@media (prefers-reduced-motion: no-preference) {
  .rc-button, .rc-icon-button, .rc-tab { transition: background-color 120ms ease; }
}
`;
