// Deterministic text for the benchmark: realistic news prose about neither
// topic, with topic sentences (taken from the bundled corpus) mixed in at a
// realistic rate, and whole news pages built from it. Everything comes from a
// fixed seed so two runs measure the same bytes.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Detector } from '../core/detect.ts';
import { builtInDetectorPlan } from '../scripts/built-in-plans.ts';
import type { CorpusBundle } from '../core/bundle.ts';

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
