// Deterministic text for the benchmark: realistic news prose about neither
// topic, with topic sentences (taken from the bundled corpus) mixed in at a
// realistic rate, and whole news pages built from it. Everything comes from a
// fixed seed so two runs measure the same bytes.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Detector } from '../core/detect.ts';
import { builtInDetectorPlan } from '../scripts/built-in-plans.ts';
import type { CorpusBundle } from '../core/bundle.ts';
import type { ArticleMeta, CorpusData, Passage } from '../core/types.ts';

export const ROOT = join(import.meta.dirname, '..');
export const SEED = 20241122;

/** mulberry32: tiny, fast and good enough to pick sentences. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

// Ordinary news about neither topic. Some use words the topics' rules react to
// only beside a subject ("rules", "policy", "regulators", "governance"), as
// real news does, so the detector's second stage is exercised, not skipped.
export const ENGLISH: readonly string[] = [
  'Forecasters expect heavy rain on Thursday, with flood warnings issued for low-lying areas along the river.',
  'Commuters were advised to allow extra time and to check for road closures before setting out.',
  'The city council voted seven to four to approve the new budget after a debate that lasted past midnight.',
  'Shares in the retailer fell 6 percent after it cut its profit forecast for the second time this year.',
  'The central bank left interest rates unchanged, saying inflation was easing more slowly than it had hoped.',
  'Police said the suspect was arrested at a house in the north of the city late on Tuesday evening.',
  'The museum will reopen in the spring after a two-year renovation that cost more than 40 million dollars.',
  'Hospital officials said waiting times in the emergency department had fallen for the third month in a row.',
  'The striker scored twice in the second half to give the visitors their first away win of the season.',
  'Farmers say the late frost has damaged much of the apple crop in the valley.',
  'The airline announced it would add three daily flights between the capital and the coast from June.',
  'Residents packed the town hall to oppose plans for a warehouse on the edge of the nature reserve.',
  'The company said it would create 800 jobs at a new plant that is due to open in two years.',
  'Union leaders called off the strike after the employer improved its pay offer to 5.5 percent.',
  'A spokesperson for the ministry said the new rules on school transport would take effect in September.',
  'Prices at the pump rose for the fourth week running, driven by higher crude costs and a weaker currency.',
  'The festival drew about 120,000 visitors over the weekend, organisers said, a record for the event.',
  'Firefighters brought the blaze under control after several hours, and no injuries were reported.',
  'The board promised better corporate governance after an audit found gaps in how contracts were approved.',
  'Researchers at the university found that the river\'s salmon population had doubled since the dam was removed.',
  'The bridge will be closed to traffic for three weekends while engineers replace its expansion joints.',
  'Opposition lawmakers accused the government of rushing the bill through parliament without proper scrutiny.',
  'Tourism officials expect a busy summer as bookings from overseas return to their levels before the pandemic.',
  'The coach said the team had learned from last week\'s defeat and would be ready for the derby.',
  'A new study suggests that people who walk for 30 minutes a day sleep better and report less stress.',
  'The housing minister said 12,000 affordable homes would be built across the region by the end of the decade.',
  'Regulators fined the bank for failing to report suspicious transactions in a timely manner.',
  'Water companies have been told to cut leaks by a fifth or face penalties under the new policy.',
  'The theatre\'s new production of the classic play has been sold out for its entire run.',
  'Customs officers seized a shipment of counterfeit watches worth an estimated 2 million dollars.',
  'The school will open an extra classroom in the autumn to cope with rising numbers of pupils.',
  'Heavy snow closed several mountain passes and left hundreds of drivers stranded overnight.',
  'The carmaker recalled 90,000 vehicles because of a fault that can cause the brakes to fail.',
  'Unemployment fell to its lowest level in eight years, according to figures published on Friday.',
  'Conservationists welcomed the birth of two rare leopard cubs at the wildlife park.',
  'The mayor said the city would plant 10,000 trees to provide shade during increasingly hot summers.',
  'Local businesses reported a strong Christmas season despite concerns about the cost of living.',
  'The court ruled that the landlord had acted unlawfully when he evicted the tenants without notice.',
  'Rail passengers faced delays after a signal failure near the main station during the morning rush.',
  'The orchestra announced that its new music director would take up the post next season.',
  'Health officials urged older people to get their flu vaccine before the winter peak.',
  'The election commission said turnout had reached 68 percent, higher than at the last vote.',
  'A survey of small firms found that most expected sales to grow modestly over the next year.',
  'Divers recovered the ship\'s bell from the wreck, which sank off the coast more than a century ago.',
  'The library service will extend its opening hours after a campaign by parents and students.',
  'Exports rose strongly in the third quarter, helped by demand for machinery and farm produce.',
  'The cyclist won the mountain stage by more than a minute to take the leader\'s jersey.',
  'Engineers said the repairs to the sea wall would protect about 3,000 homes from storm surges.',
  'The charity said demand at food banks had risen sharply since the start of the year.',
  'Scientists warned that the glacier was retreating faster than at any time since records began.',
  'The film, shot entirely on location in the islands, opens in cinemas across the country next month.',
  'Officials confirmed that the summit of regional leaders would be held in the port city in May.',
  'The new ferry service will cut the crossing time to the islands from three hours to ninety minutes.',
  'Teachers said the revised curriculum left too little time for music, art and sport.',
  'The court heard that the company had ignored repeated warnings about safety at the site.',
  'Coffee prices have climbed to a ten-year high after drought hit harvests in several growing regions.',
  'The veteran broadcaster, who presented the evening news for three decades, has died aged 84.',
  'The council said a new cycle lane along the seafront would be finished before the summer.',
  'Traders said the currency had recovered some of its losses after the finance minister spoke.',
  'The zoo\'s oldest elephant celebrated her 60th birthday with a cake made of fruit and vegetables.',
  'Police appealed for witnesses after a lorry overturned on the motorway, blocking two lanes for hours.',
  'The software company reported revenue slightly above analysts\' expectations for the quarter.',
];

export const CHINESE: readonly string[] = [
  '气象部门预计本周四将有强降雨，沿河低洼地区已发布洪水预警。',
  '市议会以七票赞成、四票反对通过了新的年度预算。',
  '央行宣布维持利率不变，并表示通胀回落的速度慢于预期。',
  '博物馆经过两年的翻修，将于明年春天重新对外开放。',
  '这名前锋在下半场梅开二度，帮助客队取得本赛季首场客场胜利。',
  '航空公司宣布，从六月起将在首都和沿海城市之间每天增加三个航班。',
  '受原油成本上升影响，汽油价格已连续第四周上涨。',
  '消防员经过数小时的扑救，终于控制了火势，没有人员受伤。',
  '旅游部门预计今年夏天将十分繁忙，海外游客预订量已恢复到疫情前水平。',
  '大雪导致多条山区道路封闭，数百名司机被困一夜。',
  '统计数据显示，失业率降至八年来的最低水平。',
  '市长表示，城市将种植一万棵树，为日益炎热的夏季提供遮荫。',
  '第三季度出口强劲增长，主要得益于机械和农产品需求旺盛。',
  '科学家警告说，这条冰川的消退速度比有记录以来任何时候都要快。',
  '新的渡轮服务将把前往岛屿的航行时间从三小时缩短到九十分钟。',
];

/** Sentences of the bundled corpus that the detector finds a topic in. */
export function topicSentences(): string[] {
  const bundle = readBundle();
  const detector = new Detector(builtInDetectorPlan());
  const out: string[] = [];
  for (const p of bundle.corpus.passages) {
    for (const s of p.text.match(/[^.!?。]+[.!?。]+["”’]?/g) ?? []) {
      const t = s.trim();
      if (t.length > 20 && detector.detect(t).length) out.push(t);
    }
  }
  if (!out.length) throw new Error('no topic sentence in public/corpus-index.json');
  return out;
}

let bundleCache: CorpusBundle | undefined;
export function readBundle(): CorpusBundle {
  bundleCache ??= JSON.parse(readFileSync(join(ROOT, 'public/corpus-index.json'), 'utf8')) as CorpusBundle;
  return bundleCache;
}

export interface ProseOptions {
  /** One sentence in this many is about a topic. */
  topicEvery?: number;
  /** One paragraph in this many is Chinese. */
  chineseEvery?: number;
}

export const PROSE_DESCRIPTION =
  `news prose from a fixed seed: ${ENGLISH.length} English and ${CHINESE.length} Chinese sentences about neither topic, ` +
  'paragraphs of 2-6 sentences, 1 paragraph in 10 Chinese, 1 sentence in 200 a sentence of the bundled corpus that mentions a topic';

/**
 * Paragraphs of news prose until the text reaches `bytes` of UTF-8. Paragraphs
 * are 2-6 sentences, separated by "\n".
 */
export function newsParagraphs(bytes: number, seed = SEED, opts: ProseOptions = {}): string[] {
  const topicEvery = opts.topicEvery ?? 200;
  const chineseEvery = opts.chineseEvery ?? 10;
  const r = rng(seed);
  const topics = topicSentences();
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const zh = chineseEvery > 0 && r() < 1 / chineseEvery;
    const n = 2 + Math.floor(r() * 5);
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) {
      if (topicEvery > 0 && r() < 1 / topicEvery) sentences.push(pick(r, topics));
      else sentences.push(pick(r, zh ? CHINESE : ENGLISH));
    }
    const p = sentences.join(zh ? '' : ' ');
    out.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  return out;
}

/** Exactly `bytes` of UTF-8 (cut at a character boundary), see newsParagraphs. */
export function newsText(bytes: number, seed = SEED, opts: ProseOptions = {}): string {
  const text = newsParagraphs(bytes, seed, opts).join('\n');
  const buf = Buffer.from(text);
  return buf.subarray(0, bytes).toString('utf8').replace(/\uFFFD$/, '');
}

// ---------------------------------------------------------------------------
// Whole pages for the browser benchmarks.

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

// ---------------------------------------------------------------------------
// Synthetic corpora for the ranking benchmark. Words follow a Zipf law over
// a large vocabulary (the bank's own content words first, then made-up words),
// so a few terms sit in 30-50% of passages and most in a handful, as in real
// news. Sentences also carry function words, people's names, gazetteer
// entities and, in topical articles, the topics' own phrases.

const FUNCTION_WORDS = 'the of and to in a for on with that by at from as was is has its their which'.split(' ');
const FIRST = 'Anna Ben Chen David Elena Farah George Hana Ivan Julia Kenji Lena Marco Nadia Omar Priya Rosa Sam Tomas Wei Yusuf Zoe Ali Brigitte Carlos'.split(' ');
const LAST = 'Okafor Lindqvist Moreau Tanaka Kowalski Haddad Brennan Silva Novak Ferreira Ndiaye Castillo Petrov Larsen Abebe Rossi Yamamoto Schmidt Dubois Mensah Ortega Walsh'.split(' ');
const TOPIC_PHRASES: Record<string, string[]> = {
  wic: ['the World Internet Conference', 'the Wuzhen Summit', 'the World Internet Conference in Wuzhen'],
  'ai-governance': ['AI governance', 'the governance of artificial intelligence', 'global AI governance', 'rules for artificial intelligence'],
};
const SYLLABLES = 'ka lo mi ne ru sa te vi zo ba de fi go hu ja ke li mo nu pa qui re si tu va we xo ya ze an er in on ul ost ard ell ing ism'.split(' ');

interface Vocabulary {
  words: string[];
  cdf: Float64Array;
}

let vocabularyCache: Vocabulary | undefined;
function vocabulary(): Vocabulary {
  if (vocabularyCache) return vocabularyCache;
  const seen = new Set<string>();
  const words: string[] = [];
  const add = (w: string) => {
    if (w.length >= 3 && !seen.has(w) && !FUNCTION_WORDS.includes(w)) seen.add(w), words.push(w);
  };
  for (const s of ENGLISH) for (const w of s.toLowerCase().match(/[a-z]+/g) ?? []) add(w);
  const r = rng(SEED + 1);
  while (words.length < 20_000) add(Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(r, SYLLABLES)).join(''));
  // Zipf, exponent 0.8: the top word lands in about half the passages.
  const cdf = new Float64Array(words.length);
  let total = 0;
  for (let k = 0; k < words.length; k++) cdf[k] = total += 1 / (k + 1) ** 0.8;
  for (let k = 0; k < words.length; k++) cdf[k]! /= total;
  vocabularyCache = { words, cdf };
  return vocabularyCache;
}

function zipfWord(r: () => number, v: Vocabulary): string {
  const x = r();
  let lo = 0;
  let hi = v.cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.cdf[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return v.words[lo]!;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Gazetteer names written plainly (no optional parts), English only. */
let entityNamesCache: string[] | undefined;
async function entityNames(): Promise<string[]> {
  const { ENTITIES } = await import('../core/entities.ts');
  entityNamesCache ??= ENTITIES.flatMap((e) => e.names).filter((n) => /^[A-Za-z][A-Za-z .'-]+$/.test(n));
  return entityNamesCache;
}

function sentence(r: () => number, v: Vocabulary, names: string[], topic: string | null): string {
  const n = 8 + Math.floor(r() * 15);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(r() < 0.4 ? pick(r, FUNCTION_WORDS) : zipfWord(r, v));
  const insert = (w: string) => words.splice(1 + Math.floor(r() * (words.length - 1)), 0, w);
  if (r() < 0.3) insert(`${pick(r, FIRST)} ${pick(r, LAST)}`);
  if (r() < 0.06) insert(pick(r, names));
  if (topic && r() < 0.35) insert(pick(r, TOPIC_PHRASES[topic]!));
  return `${capital(words.join(' '))}.`;
}

export interface SyntheticArticle {
  article: ArticleMeta;
  passages: Passage[];
}

/** Articles of 6-10 passages (8 on average) of 2-5 sentences; 15% about WIC, 25% about AI governance. */
export async function syntheticArticles(count: number, seed: number, origin: 'bundled' | 'user' = 'bundled'): Promise<SyntheticArticle[]> {
  const v = vocabulary();
  const names = await entityNames();
  const r = rng(seed);
  const out: SyntheticArticle[] = [];
  for (let a = 0; a < count; a++) {
    const x = r();
    const topic = x < 0.15 ? 'wic' : x < 0.4 ? 'ai-governance' : null;
    const id = `${origin}-${seed}-${a}`;
    const year = 2014 + Math.floor(r() * 12);
    const headlineWords = Array.from({ length: 6 + Math.floor(r() * 5) }, () => zipfWord(r, v));
    if (topic) headlineWords.splice(2, 0, pick(r, TOPIC_PHRASES[topic]!));
    const article: ArticleMeta = {
      id,
      headline: capital(headlineWords.join(' ')),
      outlet: `${pick(r, LAST)} News`,
      published: `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`,
      url: `https://news.example/${id}`,
      copyUrl: null,
      language: 'en',
      author: `${pick(r, FIRST)} ${pick(r, LAST)}`,
      note: null,
      origin,
    };
    const n = 6 + Math.floor(r() * 5);
    const passages: Passage[] = Array.from({ length: n }, (_, i) => ({
      id: `${id}#${i}`,
      articleId: id,
      index: i,
      section: null,
      text: Array.from({ length: 2 + Math.floor(r() * 4) }, () => sentence(r, v, names, topic)).join(' '),
    }));
    out.push({ article, passages });
  }
  return out;
}

/** A corpus of about `passages` passages (whole articles, so it may run a few over). */
export async function syntheticCorpus(passages: number, seed = SEED): Promise<CorpusData> {
  // 10% more articles than the average needs, then cut to the exact count.
  const articles = await syntheticArticles(Math.ceil((passages / 8) * 1.1) + 1, seed);
  const all = articles.flatMap((a) => a.passages).slice(0, passages);
  const kept = new Set(all.map((p) => p.articleId));
  return { version: 1, articles: articles.map((a) => a.article).filter((a) => kept.has(a.id)), passages: all };
}

/** Topical pages to rank against (never in the corpus: another seed), as the content script would send them. */
export async function syntheticPages(count: number, seed = SEED + 7): Promise<Array<{ title: string; text: string; published: string | null }>> {
  const arts = await syntheticArticles(count * 4, seed);
  return arts
    .filter((a) => /World Internet|Wuzhen|governance|artificial/.test(a.article.headline))
    .slice(0, count)
    .map((a) => ({ title: a.article.headline, text: a.passages.map((p) => p.text).join('\n'), published: a.article.published }));
}
