// The gate's look at a page with the second look at anchor words: everyday
// uses of them, and words in the page's scripts and styles, load nothing;
// the terms themselves, in the text a reader sees, still do.

import { describe, expect, it } from 'vitest';
import { anchorTermsOf } from '../../../core/anchor-confirm.ts';
import { AnchorScanner } from '../../../core/anchors.ts';
import { builtInDetectorPlan } from '../../../scripts/built-in-plans.ts';
import { type SliceRunner, pageMayMatch, anchorInText } from '../../../shared/raw-text-anchors.ts';
import { pageOf, parse } from './helpers.ts';

const plan = builtInDetectorPlan();
const anchors = new AnchorScanner(plan.scanner.anchors);
const terms = anchorTermsOf(plan);
const signal = new AbortController().signal;
const sync: SliceRunner = async (step) => {
  while (!step(Number.POSITIVE_INFINITY));
};

const looks = (body: string, confirm: typeof terms | null = terms) => pageMayMatch(parse(pageOf(body)), anchors, signal, confirm ?? undefined);

describe('pageMayMatch with the second look', () => {
  it('passes over everyday uses of anchor words that the plain anchor pass stops at', async () => {
    const body = "<p>Tesla's 'Ludicrous' Model S is quick.</p><p>Deals on the Chinese internet.</p>";
    expect(await looks(body, null)).toBe(true);
    expect(await looks(body)).toBe(false);
  });

  it('stops at a term written in the page, however spaced', async () => {
    expect(await looks('<p>Labs that train a frontier\n      model</p>')).toBe(true);
    expect(await looks('<h2>World Internet</h2> <p>Conference opens</p>')).toBe(true);
  });

  it('does not count terms that only the page scripts and styles hold', async () => {
    const script = '<script type="application/json">{"name":"Artificial Intelligence","slug":"ai"}</script><style>.x{}</style><p>Prices rose.</p>';
    expect(await looks(script, null)).toBe(true);
    expect(await looks(script)).toBe(false);
    expect(await looks(`${script}<p>Rules for artificial intelligence</p>`)).toBe(true);
  });

  it('reads a large page the same way, walking its text nodes', async () => {
    const filler = '<span>news</span> '.repeat(50);
    const doc = parse(pageOf(`<script>var t = "machine learning";</script>${filler}<p>A jobs machine.</p>`));
    expect(await anchorInText(doc.body, anchors, signal, sync, 1, 10, terms)).toBe(false);
    const hit = parse(pageOf(`${filler}<p>Machine <b>learning</b> at scale.</p>`));
    expect(await anchorInText(hit.body, anchors, signal, sync, 1, 10, terms)).toBe(true);
  });
});
