// The toolbar popup's stylesheet: about 320px wide, px sizes, light and dark.

import { FOCUS, FONT_STACK, SWITCH, VISUALLY_HIDDEN, palette } from './shared.ts';

export const POPUP_CSS = `
*, *::before, *::after { box-sizing: border-box; }
${palette(':root')}
html, body { margin: 0; padding: 0; background: var(--rc-bg); }
body {
  font-family: ${FONT_STACK};
  font-size: 14px;
  line-height: 20px;
  color: var(--rc-fg);
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}
h1, h2, p, ul, li, fieldset, legend { margin: 0; padding: 0; }
ul { list-style: none; }
button, input { font: inherit; color: inherit; margin: 0; }
${FOCUS}
${VISUALLY_HIDDEN}

.rc-popup {
  width: 320px;
  padding: 12px 16px 16px;
  display: flex;
  flex-direction: column;
  gap: 14px;
}
.rc-popup-title { font-size: 16px; line-height: 22px; font-weight: 600; }
.rc-popup-block { display: flex; flex-direction: column; gap: 8px; }
.rc-popup-heading {
  font-size: 12px;
  line-height: 16px;
  font-weight: 600;
  letter-spacing: 0.4px;
  text-transform: uppercase;
  color: var(--rc-muted);
}
.rc-popup-note { font-size: 13px; color: var(--rc-muted); }
.rc-popup-topics { display: flex; flex-direction: column; gap: 6px; }
.rc-popup-count { display: block; font-size: 12px; line-height: 16px; color: var(--rc-muted); font-weight: 400; }

.rc-fieldset { border: 0; min-width: 0; }
.rc-fieldset > legend { margin-bottom: 8px; }
.rc-radio-row { display: flex; align-items: center; gap: 8px; min-height: 28px; cursor: pointer; }
.rc-radio-row input { width: 16px; height: 16px; accent-color: var(--rc-accent); flex: none; }

${SWITCH}

.rc-popup-actions { flex-direction: row; flex-wrap: wrap; }
.rc-popup-button {
  appearance: none;
  min-height: 32px;
  padding: 6px 12px;
  border: 1px solid var(--rc-accent);
  border-radius: 6px;
  background: var(--rc-accent);
  color: var(--rc-accent-fg);
  font-weight: 600;
  cursor: pointer;
}
.rc-popup-button:hover { filter: brightness(1.08); }

.rc-popup-notices {
  padding: 8px 10px;
  border-radius: 6px;
  background: var(--rc-warn-bg);
}
.rc-popup-notices ul { display: flex; flex-direction: column; gap: 4px; font-size: 13px; overflow-wrap: anywhere; }
`;
