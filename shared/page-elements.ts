// Which elements hold article text, for the walk in page-text-walker.ts:
// what is never text, what starts a block, what is hidden by markup alone,
// and what is page furniture below the article's root. Shared by the engine
// (engine.js) and the command-line scanner.

import { type NodeOps, safeCall } from './safe-dom.ts';

// Never article text, wherever they are; skipping one skips its subtree.
const NEVER_TEXT = new Set([
  // Code and styling, not prose.
  'script',
  'style',
  // Fallbacks the browser does not show: <noscript> (scripts run), <template>
  // (inert), video/audio/object/iframe/canvas fallback content.
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  // Graphics and formulas: their text is labels and glyphs, not sentences.
  'svg',
  'math',
  // Form controls: labels, values and options are interface, not article.
  'input',
  'textarea',
  'select',
  'option',
  'datalist',
  'button',
  // Ruby annotations (pinyin over Chinese characters): inline, they would
  // split a Chinese phrase in two (世<rt>shì</rt>界 reads as 世界).
  'rt',
  'rp',
]);

// Elements that start and end a block: text on either side is a different
// line. Everything else (including unknown and custom elements, which CSS
// makes inline by default) joins its text to its neighbours'.
export const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp',
]);

// Below the root, page furniture: site navigation, sidebars, site headers and
// footers. These hold other stories' headlines ("related: Wuzhen summit
// opens") that would make a page look about a topic it only links to.
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer']);

// The same landmarks by ARIA role, plus dialogs (cookie and sign-up overlays).
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'search', 'dialog', 'alertdialog']);

// Widgets sites mark by class or id: share bars, "related stories",
// newsletter and subscription boxes, promos, adverts, comment threads, cookie
// banners. A keyword counts at the start of a word ("social-share",
// "relatedLinks", "js-comments"), not inside one ("unrelated"), and "shared"
// is not "share" ("shared-layout" wraps real content on some sites).
const WIDGET_WORDS = ['share(?!d)', 'sharing', 'social', 'related', 'newsletter', 'subscri', 'promo', 'advert', 'comment', 'cookie', 'consent'];
const WIDGET = new RegExp(
  `(?:^|[^A-Za-z])(?:${WIDGET_WORDS.join('|')})|[a-z](?:${WIDGET_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})`,
);

const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!\s*important\s*)?(?:;|$)/i;
const VISIBILITY_HIDDEN = /(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\s*(?:!\s*important\s*)?(?:;|$)/i;

/** Hidden or inert wherever it is: attributes and inline styles a reader cannot see past. */
export function isHiddenByMarkup(ops: NodeOps, el: Node, name: string): boolean {
  if (NEVER_TEXT.has(name)) return true;
  // A closed <dialog> is display:none by the browser's own stylesheet.
  if (name === 'dialog') return ops.getAttribute(el, 'open') === null;
  if (!ops.hasAttributes(el)) return false;
  if (ops.getAttribute(el, 'hidden') !== null) return true;
  if (ops.getAttribute(el, 'inert') !== null) return true;
  if (ops.getAttribute(el, 'aria-hidden')?.trim().toLowerCase() === 'true') return true;
  // Editable regions are the reader's own text (comment boxes, editors), not the page's.
  const editable = ops.getAttribute(el, 'contenteditable');
  if (editable !== null) {
    const v = editable.trim().toLowerCase();
    if (v === '' || v === 'true' || v === 'plaintext-only') return true;
  }
  const style = ops.getAttribute(el, 'style');
  return style !== null && (DISPLAY_NONE.test(style) || VISIBILITY_HIDDEN.test(style));
}

/** Page furniture below the root (see FURNITURE_TAGS, FURNITURE_ROLES, WIDGET). */
export function isFurniture(ops: NodeOps, el: Node, name: string): boolean {
  if (FURNITURE_TAGS.has(name)) return true;
  // A <header> is the site's banner unless it holds the headline: the
  // article's own header (h1, byline, date) is article text.
  if (name === 'header') return safeCall(el, 'querySelector', 'h1') == null;
  if (!ops.hasAttributes(el)) return false;
  const role = ops.getAttribute(el, 'role');
  if (role !== null && FURNITURE_ROLES.has(role.trim().toLowerCase())) return true;
  const cls = ops.getAttribute(el, 'class');
  if (cls !== null && WIDGET.test(cls)) return true;
  const id = ops.getAttribute(el, 'id');
  return id !== null && WIDGET.test(id);
}

export const isElement = (ops: NodeOps, n: Node) => ops.nodeType(n) === 1;
