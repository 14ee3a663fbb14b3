// One card per article: a list's passages grouped by article in the order of
// each article's best passage, best first within, and a passage whose words
// were already shown left out.

import { describe, expect, it } from 'vitest';
import { groupByArticle } from '../../../components/article-groups.ts';
import { passage } from './helpers.ts';

const ids = (list: ReturnType<typeof groupByArticle>) => list.map((g) => [g.article.id, g.passages.map((p) => p.id)]);

describe('groupByArticle', () => {
  it('groups by article, keeping the ranked order', () => {
    const list = [
      passage({ id: 'b#4', text: 'b four' }, { id: 'b' }),
      passage({ id: 'a#1', text: 'a one' }, { id: 'a' }),
      passage({ id: 'b#0', text: 'b zero' }, { id: 'b' }),
      passage({ id: 'a#7', text: 'a seven' }, { id: 'a' }),
      passage({ id: 'c#2', text: 'c two' }, { id: 'c' }),
    ];
    expect(ids(groupByArticle(list))).toEqual([
      ['b', ['b#4', 'b#0']],
      ['a', ['a#1', 'a#7']],
      ['c', ['c#2']],
    ]);
  });

  it('shows identical words once, where they ranked first', () => {
    const list = [
      passage({ id: 'user-x#0', text: 'The summit opened in Wuzhen.' }, { id: 'user-x', origin: 'user' }),
      passage({ id: 'a#0', text: 'The  summit opened\nin WUZHEN.' }, { id: 'a' }),
      passage({ id: 'a#1', text: 'Delegates arrived.' }, { id: 'a' }),
      passage({ id: 'b#0', text: 'Ｔhe summit opened in Wuzhen.' }, { id: 'b' }),
    ];
    expect(ids(groupByArticle(list))).toEqual([
      ['user-x', ['user-x#0']],
      ['a', ['a#1']],
    ]);
  });

  it('is empty for an empty list', () => {
    expect(groupByArticle([])).toEqual([]);
  });
});
