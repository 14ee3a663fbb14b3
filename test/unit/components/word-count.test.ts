// Word counts: English in words, Chinese in characters, punctuation never.

import { describe, expect, it } from 'vitest';
import { wordCount } from '../../../components/word-count.ts';

describe('wordCount', () => {
  it('counts English words', () => {
    expect(wordCount(['Leaders met in Wuzhen.', 'AI rules — again!'])).toBe(7);
  });

  it('counts Chinese characters, not the punctuation between them', () => {
    expect(wordCount(['世界互联网大会在乌镇开幕。'])).toBe(12);
  });

  it('counts each part of mixed text its own way', () => {
    expect(wordCount(['OpenAI 发布了 GPT-5 模型'])).toBe(7);
  });

  it('is 0 for nothing, spaces or punctuation', () => {
    expect(wordCount([])).toBe(0);
    expect(wordCount(['', '   ', '— … ,'])).toBe(0);
  });
});
