// How long a text is, the way its readers count: English in words, Chinese
// (and Japanese and Korean) in characters, as 字数 counts. A text mixing the
// two counts each part its own way; punctuation alone is no word.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORDISH = /[\p{L}\p{N}]/u;

export function wordCount(texts: readonly string[]): number {
  let count = 0;
  for (const text of texts) {
    const rest = text.replace(CJK, () => {
      count++;
      return ' ';
    });
    for (const token of rest.split(/\s+/)) if (WORDISH.test(token)) count++;
  }
  return count;
}
