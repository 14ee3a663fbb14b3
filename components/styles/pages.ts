// The stylesheet of the extension's own full pages: the save page and the
// options page. Same palette, font, focus ring and controls as the popup and
// the sidebar; a single readable column about 760px wide; px sizes only;
// light and dark.

import { FOCUS, FONT_STACK, LINK, SWITCH, VISUALLY_HIDDEN, palette } from './shared.ts';

export const PAGES_CSS = `
*, *::before, *::after { box-sizing: border-box; }
${palette(':root')}
html, body { margin: 0; padding: 0; background: var(--rc-bg); }
body {
  font-family: ${FONT_STACK};
  font-size: 15px;
  line-height: 22px;
  color: var(--rc-fg);
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
h1, h2, h3, p, ul, ol, li, fieldset, legend, blockquote { margin: 0; padding: 0; }
ul, ol { list-style: none; }
fieldset { border: 0; min-width: 0; }
button, input, select, textarea { font: inherit; color: inherit; letter-spacing: inherit; margin: 0; }
${FOCUS}
${VISUALLY_HIDDEN}
[tabindex="-1"]:focus-visible { outline-offset: 4px; }
/* A heading that takes focus as its page or form appears, only so reading
   starts there: it is not a control, so it shows no ring (browsers draw one
   for focus moved by script on load). A heading focused after the reader's
   own step (a new page of the list, a deletion) keeps the ring. */
.rc-quiet-focus[tabindex="-1"]:focus { outline: none; }

/* The column */
.rc-page {
  max-width: 760px;
  margin: 0 auto;
  padding: 24px 24px 64px;
  display: flex;
  flex-direction: column;
  gap: 24px;
  overflow-wrap: anywhere;
}
.rc-page-header { display: flex; flex-direction: column; gap: 4px; padding-bottom: 16px; border-bottom: 1px solid var(--rc-border); }
.rc-brand {
  font-size: 13px;
  line-height: 18px;
  font-weight: 600;
  letter-spacing: 0.4px;
  text-transform: uppercase;
  color: var(--rc-muted);
}
.rc-page-title { font-size: 24px; line-height: 32px; font-weight: 650; }
.rc-page-intro { color: var(--rc-muted); }
.rc-page-section { display: flex; flex-direction: column; gap: 16px; }
.rc-page-heading { font-size: 19px; line-height: 26px; font-weight: 650; }
.rc-sub-heading { font-size: 16px; line-height: 22px; font-weight: 600; }
.rc-muted, .rc-hint { color: var(--rc-muted); }
.rc-hint { font-size: 13px; line-height: 18px; }
/* A problem at its field: the words say it; the colour and border repeat it. */
.rc-field-error { color: var(--rc-error-fg); font-size: 13px; line-height: 18px; font-weight: 600; }
.rc-field-error::before { content: "⚠ "; }
[aria-invalid="true"]:is(.rc-input, .rc-select, .rc-textarea) { border-color: var(--rc-error-fg); border-width: 2px; }
.rc-unknown { font-style: italic; }
.rc-sep { color: var(--rc-muted); }
.rc-count-line { font-size: 13px; line-height: 18px; color: var(--rc-muted); font-variant-numeric: tabular-nums; }

/* Buttons */
.rc-button {
  appearance: none;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 6px;
  min-height: 36px;
  padding: 6px 14px;
  border: 1px solid var(--rc-control);
  border-radius: 6px;
  background: var(--rc-bg);
  color: var(--rc-fg);
  font-size: 14px;
  line-height: 20px;
  font-weight: 500;
  cursor: pointer;
}
.rc-button:hover { background: var(--rc-accent-soft); }
.rc-button--primary { border-color: var(--rc-accent); background: var(--rc-accent); color: var(--rc-accent-fg); font-weight: 600; }
.rc-button--primary:hover { background: var(--rc-accent); filter: brightness(1.08); }
.rc-button--danger { border-color: var(--rc-error-fg); color: var(--rc-error-fg); font-weight: 600; }
.rc-button--danger:hover { background: var(--rc-error-bg); }
.rc-button:disabled { opacity: 0.5; cursor: default; filter: none; }
.rc-button--small { min-height: 30px; padding: 3px 10px; font-size: 13px; line-height: 18px; }
.rc-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }

/* Fields */
.rc-field { display: flex; flex-direction: column; gap: 4px; min-width: 0; }
.rc-field-row { display: flex; flex-wrap: wrap; gap: 16px; }
.rc-field-row > .rc-field { flex: 1 1 220px; }
.rc-label { font-weight: 600; }
.rc-input, .rc-select, .rc-textarea {
  width: 100%;
  min-width: 0;
  padding: 7px 10px;
  border: 1px solid var(--rc-control);
  border-radius: 6px;
  background: var(--rc-bg);
  color: var(--rc-fg);
  font-size: 15px;
  line-height: 22px;
}
.rc-input, .rc-select { height: 38px; }
.rc-textarea { resize: vertical; display: block; }
.rc-textarea:lang(zh) { line-height: 24px; }
.rc-input::placeholder, .rc-textarea::placeholder { color: var(--rc-muted); opacity: 1; }
.rc-input:focus-visible, .rc-select:focus-visible, .rc-textarea:focus-visible { outline-offset: 0; border-color: var(--rc-focus); }
.rc-input[type="file"] { height: auto; padding: 6px; }
.rc-input[type="file"]::file-selector-button {
  margin-right: 10px;
  padding: 4px 12px;
  border: 1px solid var(--rc-control);
  border-radius: 6px;
  background: var(--rc-bg-raised);
  color: var(--rc-fg);
  font: inherit;
  cursor: pointer;
}

/* The article editor */
.rc-editor { display: flex; flex-direction: column; gap: 16px; }
.rc-paragraphs { display: flex; flex-direction: column; gap: 10px; padding-top: 8px; border-top: 1px solid var(--rc-border); }
.rc-paragraphs > legend { float: left; width: 100%; padding-top: 8px; }
.rc-paragraph-list { display: flex; flex-direction: column; gap: 14px; }
.rc-paragraph { display: flex; flex-direction: column; gap: 4px; }
.rc-paragraph-label { font-size: 13px; line-height: 18px; font-weight: 600; color: var(--rc-muted); }
.rc-paragraph-actions { display: flex; flex-wrap: wrap; gap: 6px; }
.rc-paragraph-actions .rc-button { min-height: 30px; padding: 3px 10px; font-size: 13px; line-height: 18px; }
.rc-undo { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; min-height: 0; }
.rc-undo:not(:empty) { padding: 6px 10px; border-radius: 6px; background: var(--rc-warn-bg); }

/* Messages */
.rc-error, .rc-notice, .rc-success {
  padding: 12px 14px;
  border-radius: 6px;
  display: flex;
  flex-direction: column;
  gap: 6px;
}
.rc-error { background: var(--rc-error-bg); color: var(--rc-error-fg); }
.rc-error-title, .rc-success-title { font-size: 15px; line-height: 22px; font-weight: 650; }
.rc-error-detail { font-size: 14px; }
.rc-error-list { display: flex; flex-direction: column; gap: 4px; list-style: disc; padding-left: 20px; }
.rc-notice { background: var(--rc-warn-bg); border: 1px solid var(--rc-border); }
.rc-success { background: var(--rc-accent-soft); }
.rc-saved-headline { font-weight: 600; }
.rc-notices { display: flex; flex-direction: column; gap: 6px; margin-top: 8px; }
.rc-notices:empty { display: none; }
.rc-notices li { padding: 8px 12px; border-radius: 6px; background: var(--rc-warn-bg); }

/* Lists of saved articles, import results and topics */
.rc-cards { display: flex; flex-direction: column; gap: 12px; }
.rc-card {
  display: flex;
  flex-direction: column;
  gap: 6px;
  padding: 14px 16px;
  border: 1px solid var(--rc-border);
  border-radius: 8px;
  background: var(--rc-bg);
}
.rc-card--busy { opacity: 0.7; }
.rc-card-title { font-size: 16px; line-height: 22px; font-weight: 600; }
.rc-card-meta { font-size: 13px; line-height: 18px; color: var(--rc-muted); }
.rc-outlet { font-weight: 600; color: var(--rc-fg); }
${LINK}
.rc-host { font-weight: 400; color: var(--rc-muted); }
.rc-confirm {
  display: flex;
  flex-direction: column;
  gap: 8px;
  padding: 10px 12px;
  border-radius: 6px;
  background: var(--rc-error-bg);
  color: var(--rc-error-fg);
}
.rc-search-row { display: flex; flex-direction: column; gap: 4px; }
.rc-status { min-height: 18px; font-size: 13px; line-height: 18px; color: var(--rc-muted); }
.rc-sort-row { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.rc-sort-row .rc-select { width: auto; }
.rc-pager { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
.rc-folded > summary { cursor: pointer; color: var(--rc-accent); text-decoration: underline; width: max-content; }
.rc-folded[open] > summary { margin-bottom: 6px; }
.rc-bullets { display: flex; flex-direction: column; gap: 4px; list-style: disc; padding-left: 20px; }
.rc-choice { display: flex; flex-direction: column; gap: 6px; padding: 12px 14px; border: 1px solid var(--rc-border); border-radius: 8px; }
.rc-choice > legend { float: left; width: 100%; font-weight: 600; padding-bottom: 4px; }
.rc-radio-row { display: flex; align-items: flex-start; gap: 8px; min-height: 28px; cursor: pointer; }
.rc-radio-row input { width: 16px; height: 16px; margin-top: 3px; accent-color: var(--rc-accent); flex: none; }

/* Topics */
.rc-terms { display: flex; flex-direction: column; gap: 8px; }
.rc-term { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.rc-term .rc-input { flex: 1 1 240px; width: auto; }
.rc-term .rc-select { flex: 0 0 150px; width: 150px; }
.rc-badge {
  display: inline-block;
  margin-left: 8px;
  padding: 0 8px;
  border-radius: 9px;
  background: var(--rc-warn-bg);
  color: var(--rc-fg);
  font-size: 12px;
  line-height: 18px;
  font-weight: 600;
  vertical-align: middle;
}

${SWITCH}

/* Narrow windows: less padding; the term language choice takes its own line. */
@media (max-width: 560px) {
  .rc-page { padding: 16px 14px 48px; gap: 20px; }
  .rc-page-title { font-size: 21px; line-height: 28px; }
  .rc-term .rc-select { flex: 1 1 auto; width: auto; }
}

@media (prefers-reduced-motion: no-preference) {
  .rc-button { transition: background-color 120ms ease; }
}
@media (forced-colors: active) {
  .rc-card, .rc-error, .rc-notice, .rc-success, .rc-confirm { border: 1px solid CanvasText; }
}
`;
