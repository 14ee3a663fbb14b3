// @vitest-environment happy-dom
// Every key the components use has English and Chinese text with the same
// placeholders, and the locale files agree with each other.

import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS, plural } from '../../../components/i18n-keys.ts';
import { fakeT, localeT, readLocale } from './helpers.ts';

const en = readLocale('en');
const zh = readLocale('zh_CN');

/** The placeholders a message uses, as named in its text, lower-cased and sorted. */
const used = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('locale files', () => {
  it.each(MESSAGE_KEYS.map((k) => [k]))('%s has text in both languages with the same placeholders', (key) => {
    for (const file of [en, zh]) {
      const entry = file[key];
      expect(entry, key).toBeDefined();
      expect(entry!.message.trim(), key).not.toBe('');
    }
    const enNames = Object.keys(en[key]!.placeholders ?? {}).sort();
    const zhNames = Object.keys(zh[key]!.placeholders ?? {}).sort();
    expect(zhNames).toEqual(enNames);
    for (const name of enNames) {
      expect(zh[key]!.placeholders![name]!.content).toBe(en[key]!.placeholders![name]!.content);
    }
    // Each language uses every placeholder it declares, and none it does not.
    expect([...new Set(used(en[key]!.message))].sort()).toEqual(enNames);
    expect([...new Set(used(zh[key]!.message))].sort()).toEqual(zhNames);
  });

  it('placeholders stand for $1, $2, … in order', () => {
    for (const file of [en, zh]) {
      for (const [key, entry] of Object.entries(file)) {
        const contents = Object.values(entry.placeholders ?? {}).map((p) => p.content);
        expect(contents.sort(), key).toEqual(contents.map((_, i) => `$${i + 1}`));
      }
    }
  });

  it('both files hold the same keys, with the manifest messages', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of ['extName', 'extDescription', 'commandToggleSidebar']) {
      expect(en[key]?.message).toBeTruthy();
      expect(zh[key]?.message).toBeTruthy();
    }
    expect(en.extName!.message).toBe('Related Coverage');
    expect(en.commandToggleSidebar!.message).toBe('Show or hide the Related Coverage sidebar');
  });

  it('keys are valid Chrome message names and listed once', () => {
    expect(new Set(MESSAGE_KEYS).size).toBe(MESSAGE_KEYS.length);
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('substitutes like Chrome', () => {
    const t = localeT('en');
    expect(t('mentionPosition', ['2', '7'])).toBe('2 of 7');
    expect(localeT('zh_CN')('mentionPosition', ['2', '7'])).toBe('第 2 处，共 7 处');
    expect(t('whyEvent', 'World Internet Conference, 2023')).toBe('Same event: World Internet Conference, 2023');
    expect(t('searchNoResults', '$1 costs')).toBe('No passages match “$1 costs”.');
  });
});

describe('plural', () => {
  it('picks the form for one and for the rest', () => {
    expect(plural(fakeT, 1, 'mentionsOne', 'mentionsOther')).toBe('mentionsOne(1)');
    expect(plural(fakeT, 0, 'mentionsOne', 'mentionsOther')).toBe('mentionsOther(0)');
    expect(plural(localeT('en'), 3, 'mentionsOne', 'mentionsOther')).toBe('3 mentions');
    expect(plural(localeT('en'), 1, 'mentionsOne', 'mentionsOther')).toBe('1 mention');
  });
});
