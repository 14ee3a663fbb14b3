// Whole news pages for the browser benchmarks, built from text.ts's prose
// with a news site's furniture, scripts and styles around it.

import { ENGLISH, SEED, newsParagraphs, pick, readBundle, rng, } from './text.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const SECTIONS = ['World', 'Politics', 'Business', 'Markets', 'Technology', 'Science', 'Health', 'Sport', 'Culture', 'Travel', 'Opinion', 'Weather'];

/** A news site's page furniture: mega-menu, aside and footer. Around 1,300 elements. */
function furniture(r: () => number): { nav: string; aside: string; footer: string } {
  const links = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => `<li><a data-track="${i}" href="/${prefix}/${i}">${esc(pick(r, ENGLISH).split(' ').slice(0, 3).join(' '))}</a></li>`).join('');
  const nav = `<header class="masthead"><a class="logo" href="/">The Daily Bench</a><nav aria-label="Sections"><ul class="menu">${SECTIONS.map(
    (s) => `<li class="menu-item"><a href="/${s.toLowerCase()}">${s}</a><ul class="sub">${links(20, s.toLowerCase())}</ul></li>`,
  ).join('')}</ul></nav><form class="search" role="search"><input name="q" type="search" placeholder="Search"><button>Go</button></form></header>`;
  const cards = Array.from(
    { length: 60 },
    (_, i) =>
      `<div class="card"><a href="/story/${i}"><img src="data:," alt="" width="80" height="60"><span class="kicker">${pick(r, SECTIONS)}</span><span class="headline">${esc(
        pick(r, ENGLISH).slice(0, 60),
      )}</span></a><time datetime="2024-05-${String((i % 28) + 1).padStart(2, '0')}">${(i % 28) + 1} May</time></div>`,
  ).join('');
  const aside = `<aside class="rail"><h2>Most read</h2>${cards}<div class="ad" id="ad-rail"></div></aside>`;
  const footer = `<footer><div class="cols">${SECTIONS.map((s) => `<div class="col"><h3>${s}</h3><ul>${links(22, s.toLowerCase())}</ul></div>`).join(
    '',
  )}</div><p class="legal">© The Daily Bench. All rights reserved.</p></footer>`;
  return { nav, aside, footer };
}

// What a light news page runs itself: a data layer, a menu, a reading-time
// label and structured data. Real sites run far more; this keeps the page's
// own script time small, which makes the extension's share look larger.
const PAGE_SCRIPTS = `<script>
window.dataLayer = window.dataLayer || [];
dataLayer.push({ event: 'pageview', section: document.querySelector('meta[name=section]')?.content, t: Date.now() });
</script>
<script>
document.querySelectorAll('.menu-item').forEach(function (item) {
  item.addEventListener('mouseenter', function () { item.classList.add('open'); });
  item.addEventListener('mouseleave', function () { item.classList.remove('open'); });
});
</script>
<script>
(function () {
  var words = (document.querySelector('article')?.textContent || '').split(/\\s+/).length;
  var label = document.createElement('span');
  label.className = 'reading-time';
  label.textContent = Math.max(1, Math.round(words / 230)) + ' min read';
  document.querySelector('.byline')?.appendChild(label);
  document.querySelectorAll('.card time').forEach(function (t) { t.title = new Date(t.dateTime).toDateString(); });
})();
</script>`;

const STYLE = `<style>
body{font:16px/1.5 Georgia,serif;margin:0;color:#222}.masthead{display:flex;gap:1em;padding:1em;border-bottom:1px solid #ccc}
.menu{display:flex;gap:1em;list-style:none;margin:0;padding:0}.sub{display:none}.menu-item.open .sub{display:block;position:absolute;background:#fff}
main{display:grid;grid-template-columns:1fr 300px;gap:2em;max-width:1100px;margin:auto}article p{margin:0 0 1em}
.card{display:flex;gap:.5em;margin:.5em 0}.cols{display:grid;grid-template-columns:repeat(4,1fr)}footer{background:#f4f4f4;padding:1em}
</style>`;

function page(title: string, published: string, article: string, r: () => number): string {
  const { nav, aside, footer } = furniture(r);
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: published });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><meta name="section" content="world">
<meta property="og:title" content="${esc(title)}"><script type="application/ld+json">${ld}</script>${STYLE}</head><body>
${nav}<main><article><h1>${esc(title)}</h1><p class="byline">By Staff Reporter <time datetime="${published}">${published}</time></p>
${article}</article>${aside}</main>${footer}${PAGE_SCRIPTS}</body></html>`;
}

/** Paragraphs of about `words` words from the neutral bank, no topic, English only (a news page has one language). */
function neutralArticle(r: () => number, words: number): string[] {
  const out: string[] = [];
  let n = 0;
  while (n < words) {
    const k = 2 + Math.floor(r() * 3);
    const p = Array.from({ length: k }, () => pick(r, ENGLISH)).join(' ');
    n += p.split(/\s+/).length;
    out.push(p);
  }
  return out;
}

/** ~60 KB, ~1,500 elements, ~1,200-word article about neither topic. */
export function neitherPage(seed = SEED): string {
  const r = rng(seed);
  const paras = neutralArticle(r, 1200);
  return page('Council approves budget as rain warnings issued', '2024-05-14', paras.map((p) => `<p>${esc(p)}</p>`).join('\n'), r);
}

/**
 * Same shape; the article is about the World Internet Conference: the two
 * 2022 summit articles of the bundled corpus, ~1,100 words, topped up to
 * ~1,200 with neutral paragraphs.
 */
export function topicPage(seed = SEED): string {
  const r = rng(seed);
  const bundle = readBundle();
  const ids = bundle.corpus.articles.filter((a) => a.id.startsWith('wic-2022')).map((a) => a.id);
  const paras = bundle.corpus.passages.filter((p) => ids.includes(p.articleId)).map((p) => p.text);
  const words = paras.join(' ').split(/\s+/).length;
  paras.push(...neutralArticle(r, Math.max(0, 1200 - words)));
  const headline = bundle.corpus.articles.find((a) => a.id === ids[0])?.headline ?? 'World Internet Conference opens in Wuzhen';
  return page(headline, '2022-11-09', paras.map((p) => `<p>${esc(p)}</p>`).join('\n'), r);
}

/**
 * About `bytes` of text in about `elements` elements: an endless archive page
 * of the same prose as the detection benchmark (so topic sentences appear at
 * 1 in 200), English only. Each paragraph is a <p>; sentences are wrapped in
 * <span>s (inline: the extracted text does not change) as needed to reach
 * the element count.
 */
export function bigPage(bytes: number, elements: number, seed = SEED): string {
  const paras = newsParagraphs(bytes, seed, { chineseEvery: 0 });
  const r = rng(seed);
  const parts: string[] = [];
  let left = elements - 1500; // the furniture's share
  paras.forEach((p, i) => {
    const sentences = p.match(/[^.!?]+[.!?]+\s*/g) ?? [p];
    // Elements still to place, spread evenly over the paragraphs still to come.
    const want = Math.max(1, Math.round(left / (paras.length - i)));
    const spans = Math.min(sentences.length, want - 1);
    left -= 1 + spans;
    parts.push(`<p>${sentences.map((s, k) => (k < spans ? `<span>${esc(s)}</span>` : esc(s))).join('')}</p>`);
    if ((i + 1) % 50 === 0) parts.push('</section><section>');
  });
  return page('Archive: every story this decade', '2024-05-14', `<section>${parts.join('\n')}</section>`, r);
}
