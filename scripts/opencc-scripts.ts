// Build-time only: what the detector needs of OpenCC's data. Nothing here
// reaches the extension's code; the plans carry the few pairs they need.
// - fold: every traditional character (and the Hong Kong and Taiwan variant
//   forms) to its simplified form, one character each;
// - regional variants: the words Taiwan and Hong Kong use for a term
//   (人工智能 -> 人工智慧, 互联网 -> 网际网路), folded back to simplified so a
//   term list stays in one script.

import * as OpenCC from 'opencc-js';

type Dict = string | ReadonlyArray<readonly [string, string]>;

/** "a b|c d" pairs of an OpenCC dictionary; the first target where there are several. */
function entries(dict: Dict): Array<[string, string]> {
  if (typeof dict !== 'string') return dict.map(([a, b]) => [a, b]);
  return dict
    .split('|')
    .map((e) => e.split(' '))
    .filter((e) => e.length >= 2)
    .map((e) => [e[0]!, e[1]!]);
}

/** Single BMP characters only: the detector folds one UTF-16 unit to one. */
function charMap(dict: Dict): Map<number, number> {
  const map = new Map<number, number>();
  for (const [from, to] of entries(dict)) if (from.length === 1 && to.length === 1) map.set(from.charCodeAt(0), to.charCodeAt(0));
  return map;
}

let fold: Map<number, number> | null = null;

/** Traditional or regional-variant character -> simplified. */
export function openccFold(): ReadonlyMap<number, number> {
  if (fold) return fold;
  const groups = OpenCC.Locale as unknown as { from: Record<string, Dict[][]>; to: Record<string, Dict[][]> };
  // to.cn: [TSPhrases, TSCharacters]; from.hk / from.tw: [variant phrases, variant characters].
  const toSimplified = charMap(groups.to.cn![0]![1]!);
  const variants = [charMap(groups.from.hk![0]![1]!), charMap(groups.from.tw![0]![1]!)];
  const out = new Map<number, number>();
  const note = (c: number) => {
    const standard = variants[0]!.get(c) ?? variants[1]!.get(c) ?? c;
    const simple = toSimplified.get(standard) ?? toSimplified.get(c) ?? standard;
    if (simple !== c) out.set(c, simple);
  };
  for (const c of toSimplified.keys()) note(c);
  for (const v of variants) for (const c of v.keys()) note(c);
  return (fold = out);
}

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** Taiwan's and Hong Kong's own words for a simplified term, in simplified script; [] when they write it the same. */
export function regionalVariants(term: string): string[] {
  if (!/[\u3400-\u9fff]/.test(term)) return [];
  const back = (s: string) => [...s].map((c) => String.fromCharCode(openccFold().get(c.charCodeAt(0)) ?? c.charCodeAt(0))).join('');
  return [...new Set([back(toTaiwan(term)), back(toHongKong(term))])].filter((v) => v !== term);
}
