// The cards of the sidebar's list: one per article, its passages, the
// provenance line and its "about this source" disclosure, the citation
// buttons. Part of SIDEBAR_CSS (styles/sidebar.ts).

import { LINK } from './shared.ts';

export const CARDS_CSS = `
/* Passages */
.rc-list { display: flex; flex-direction: column; gap: 12px; }
.rc-card {
  display: flex;
  flex-direction: column;
  gap: 6px;
  padding: 12px;
  border: 1px solid var(--rc-border);
  border-radius: 8px;
  background: var(--rc-bg);
  overflow-wrap: anywhere;
  /* Cards scrolled out of the panel are not laid out until they come near. */
  content-visibility: auto;
  contain-intrinsic-size: auto 180px;
}
.rc-card--focused { border-color: var(--rc-accent); }
.rc-passages { display: flex; flex-direction: column; gap: 10px; }
.rc-passage { display: flex; flex-direction: column; gap: 6px; }
.rc-passage--focused { padding: 6px; margin: -6px; border-radius: 6px; box-shadow: 0 0 0 2px var(--rc-accent); }
.rc-card-flag { font-size: 12px; line-height: 16px; font-weight: 600; color: var(--rc-accent); }
.rc-card-meta { font-size: 12px; line-height: 16px; color: var(--rc-muted); }
.rc-outlet { font-weight: 600; color: var(--rc-fg); }
.rc-badge {
  display: inline-block;
  margin-left: 6px;
  padding: 0 6px;
  border-radius: 8px;
  background: var(--rc-accent);
  color: var(--rc-accent-fg);
  font-size: 11px;
  line-height: 16px;
  font-weight: 600;
}
.rc-headline { font-size: 15px; line-height: 21px; font-weight: 600; }
.rc-card-line { font-size: 12px; line-height: 16px; color: var(--rc-muted); }
.rc-text {
  padding-left: 10px;
  border-left: 3px solid var(--rc-border);
  font-size: 14px;
  line-height: 21px;
  white-space: pre-line;
}
.rc-text:lang(zh) { line-height: 23px; }
.rc mark {
  background: var(--rc-mark-bg);
  color: var(--rc-mark-fg);
  border-radius: 2px;
  padding: 0 1px;
}
${LINK}
.rc-host { font-weight: 400; color: var(--rc-muted); }
.rc-host--main { font-weight: inherit; color: inherit; }
.rc-card-meta .rc-link { font-size: 12px; }
.rc-link--small { font-size: 12px; font-weight: 400; }
.rc-about { font-size: 12px; line-height: 16px; color: var(--rc-muted); }
.rc-about-summary { cursor: pointer; width: fit-content; }
.rc-about-list { margin-top: 4px; padding-left: 14px; list-style: disc; display: flex; flex-direction: column; gap: 2px; }
.rc-cite { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; }
.rc-button--small { min-height: 28px; padding: 2px 8px; font-size: 12px; line-height: 16px; }
.rc-cite-status { font-size: 12px; line-height: 16px; color: var(--rc-accent); font-weight: 600; }
.rc-cite-status:empty { display: none; }
.rc-cite-status--failed { color: var(--rc-error-fg); }
.rc-more { align-self: flex-start; }
.rc-unknown { font-style: italic; }
.rc-why {
  font-size: 12px;
  line-height: 17px;
  color: var(--rc-muted);
  padding-top: 6px;
  border-top: 1px dashed var(--rc-border);
}
`;
