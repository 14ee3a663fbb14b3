// Folds traditional Chinese onto simplified, one character at a time, so a
// term list is written once (in simplified script) and still finds 世界互聯網大會,
// 烏鎮 or 布萊切利宣言. The table comes from OpenCC's data at build time (see
// scripts/opencc-scripts.ts); a plan carries only the pairs its terms need, so
// the detector never ships the whole table.
//
// Both sides fold: a term's key and every character of the page on its way
// through the trie. A traditional phrase therefore behaves exactly like its
// simplified twin, blockers included, and a page whose Chinese was converted
// only in part (世界互聯网大会) folds the same way.

/** Traditional (or regional variant) character -> simplified, for BMP characters. */
export type FoldMap = ReadonlyMap<number, number>;

/** Pairs as plain data for a plan: "繁简繁简…", two UTF-16 units per pair. */
export type FoldPairs = string;

export function foldMapOf(pairs: FoldPairs | undefined): Map<number, number> {
  const map = new Map<number, number>();
  if (!pairs) return map;
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs.charCodeAt(i), pairs.charCodeAt(i + 1));
  return map;
}

export function foldString(s: string, fold: FoldMap | undefined): string {
  if (!fold?.size) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += String.fromCharCode(fold.get(c) ?? c);
  }
  return out;
}

/**
 * The pairs a plan needs: those whose simplified side is a character of one
 * of its (folded) keys. Others cannot change whether anything matches.
 */
export function pairsFor(fold: FoldMap, keys: readonly string[]): FoldPairs {
  const wanted = new Set<number>();
  for (const key of keys) for (let i = 0; i < key.length; i++) wanted.add(key.charCodeAt(i));
  const pairs: string[] = [];
  for (const [from, to] of fold) if (from !== to && wanted.has(to)) pairs.push(String.fromCharCode(from, to));
  return pairs.sort().join('');
}

/** Simplified character -> its traditional forms, from a plan's pairs. */
function inverseOf(fold: FoldMap): Map<number, number[]> {
  const inverse = new Map<number, number[]>();
  for (const [from, to] of fold) {
    const list = inverse.get(to);
    if (list) list.push(from);
    else inverse.set(to, [from]);
  }
  for (const list of inverse.values()) list.sort((a, b) => a - b);
  return inverse;
}

/**
 * The ways a literal (an anchor, already simplified) is written: simplified,
 * and each character in its first, second... traditional form. Every
 * spelling is one more indexOf pass over every Chinese page, so mixed forms
 * are left to the trie walk, which folds any mix; a page converted only in
 * part still holds some anchor written one way or the other.
 */
export function spellerOf(fold: FoldMap): { count(literal: string): number; all(literal: string): string[] } {
  const inverse = inverseOf(fold);
  const forms = (c: number) => inverse.get(c) ?? [];
  const widest = (literal: string) => {
    let n = 0;
    for (let i = 0; i < literal.length; i++) n = Math.max(n, forms(literal.charCodeAt(i)).length);
    return n;
  };
  return {
    count: (literal) => 1 + widest(literal),
    all(literal) {
      const out = new Set([literal]);
      for (let k = 0; k < widest(literal); k++) {
        let spelled = '';
        for (let i = 0; i < literal.length; i++) {
          const c = literal.charCodeAt(i);
          const f = forms(c);
          spelled += String.fromCharCode(f.length ? f[Math.min(k, f.length - 1)]! : c);
        }
        out.add(spelled);
      }
      return [...out];
    },
  };
}
