// @vitest-environment happy-dom
// The reader's topics: editing a name and its terms stays local until Save
// sends the whole topic, new topics come from onCreate, switches toggle at
// once, delete asks first, problems are alerts, and text stays text.

import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { sameTopic } from '../../../components/TopicCard.tsx';
import { TopicEditor, type TopicEditorProps } from '../../../components/TopicEditor.tsx';
import type { CustomTopic } from '../../../core/custom-topics.ts';
import { allByTestId, byTestId, choose, click, fakeT, key, localeT, mount, rerender, type } from './helpers.ts';

const privacy: CustomTopic = {
  id: 'custom-data-protection',
  label: 'Data protection',
  terms: [
    { text: 'GDPR', lang: 'en' },
    { text: '个人信息保护法', lang: 'zh' },
  ],
};
const chips: CustomTopic = { id: 'custom-chips', label: 'Chips', terms: [{ text: 'semiconductor', lang: null }] };

function props(over: Partial<TopicEditorProps> = {}): TopicEditorProps {
  let n = 0;
  return {
    t: fakeT,
    topics: [privacy, chips],
    enabled: { 'custom-data-protection': true, 'custom-chips': false },
    problems: {},
    onSave: vi.fn(),
    onDelete: vi.fn(),
    onToggle: vi.fn(),
    onCreate: vi.fn(() => ({ id: `custom-new-${++n}`, label: '', terms: [] })),
    ...over,
  };
}

const card = (root: HTMLElement, id: string) =>
  root.querySelector<HTMLElement>(`[data-testid="custom-topic"][data-topic-id="${id}"]`)!;
const termTexts = (el: HTMLElement) => allByTestId<HTMLInputElement>(el, 'term-text').map((i) => i.value);
const lastSaved = (p: TopicEditorProps) => (p.onSave as ReturnType<typeof vi.fn>).mock.lastCall![0] as CustomTopic;

/** With a parent that stores what is saved, as the options page does. */
function Stateful(p: TopicEditorProps) {
  const [topics, setTopics] = useState(p.topics);
  return (
    <TopicEditor
      {...p}
      topics={topics}
      onSave={(topic) => {
        p.onSave(topic);
        setTopics((all) => (all.some((x) => x.id === topic.id) ? all.map((x) => (x.id === topic.id ? topic : x)) : [...all, topic]));
      }}
      onDelete={(id) => {
        p.onDelete(id);
        setTopics((all) => all.filter((x) => x.id !== id));
      }}
    />
  );
}

describe('topics', () => {
  it('show each topic with its name, terms and their languages', () => {
    const root = mount(<TopicEditor {...props()} />);
    expect(allByTestId(root, 'custom-topic').map((el) => el.getAttribute('data-topic-id'))).toEqual([
      'custom-data-protection',
      'custom-chips',
    ]);
    const c = card(root, 'custom-data-protection');
    expect(c.querySelector('h3')!.textContent).toBe('Data protection');
    expect(byTestId<HTMLInputElement>(c, 'topic-name').value).toBe('Data protection');
    expect(termTexts(c)).toEqual(['GDPR', '个人信息保护法']);
    expect(allByTestId<HTMLSelectElement>(c, 'term-lang').map((s) => s.value)).toEqual(['en', 'zh']);
    expect(byTestId<HTMLSelectElement>(card(root, 'custom-chips'), 'term-lang').value).toBe('');
    expect(allByTestId(root, 'unsaved')).toHaveLength(0);
  });

  it('label every control', () => {
    const root = mount(<TopicEditor {...props({ t: localeT('en') })} />);
    const c = card(root, 'custom-data-protection');
    const name = byTestId<HTMLInputElement>(c, 'topic-name');
    expect(c.querySelector(`label[for="${name.id}"]`)!.textContent).toBe('Topic name');
    expect(allByTestId(c, 'term-text').map((el) => el.getAttribute('aria-label'))).toEqual(['Word or phrase 1', 'Word or phrase 2']);
    expect(allByTestId(c, 'term-lang').map((el) => el.getAttribute('aria-label'))).toEqual([
      'Language of word or phrase 1',
      'Language of word or phrase 2',
    ]);
    expect(allByTestId(c, 'remove-term')[1]!.getAttribute('aria-label')).toBe('Remove word or phrase 2');
    expect([...byTestId<HTMLSelectElement>(c, 'term-lang').options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Any language'],
      ['en', 'English'],
      ['zh', 'Chinese'],
    ]);
  });

  it('explain in one line how terms match', () => {
    const root = mount(<TopicEditor {...props({ t: localeT('en') })} />);
    expect(byTestId(root, 'topics-help').textContent).toBe(
      'English terms match whole words, ignoring case except in acronyms such as AI; Chinese terms match anywhere in the text.',
    );
  });

  it('say when there are none', () => {
    const root = mount(<TopicEditor {...props({ topics: [] })} />);
    expect(byTestId(root, 'no-topics').textContent).toBe('topicsEmpty');
    expect(allByTestId(root, 'custom-topic')).toHaveLength(0);
  });
});

describe('editing', () => {
  it('keeps changes in the editor until Save sends the whole topic', () => {
    const p = props();
    const root = mount(<TopicEditor {...p} />);
    const c = card(root, 'custom-chips');
    type(byTestId(c, 'topic-name'), 'Chip making');
    type(allByTestId<HTMLInputElement>(c, 'term-text')[0]!, 'semiconductors');
    choose(byTestId(c, 'term-lang'), 'en');
    expect(p.onSave).not.toHaveBeenCalled();
    expect(byTestId(c, 'unsaved').textContent).toBe('unsavedChanges');
    expect(c.querySelector('h3')!.textContent).toContain('Chip making');
    click(byTestId(c, 'save-topic'));
    expect(p.onSave).toHaveBeenCalledExactlyOnceWith({
      id: 'custom-chips',
      label: 'Chip making',
      terms: [{ text: 'semiconductors', lang: 'en' }],
    });
  });

  it('adds a term row, focused, and removes one', () => {
    const p = props();
    const root = mount(<TopicEditor {...p} />);
    const c = card(root, 'custom-data-protection');
    click(byTestId(c, 'add-term'));
    expect(termTexts(c)).toEqual(['GDPR', '个人信息保护法', '']);
    expect(document.activeElement).toBe(allByTestId(c, 'term-text')[2]);
    type(allByTestId<HTMLInputElement>(c, 'term-text')[2]!, 'data protection');
    click(allByTestId(c, 'remove-term')[0]!);
    expect(termTexts(c)).toEqual(['个人信息保护法', 'data protection']);
    expect(document.activeElement).toBe(allByTestId(c, 'term-text')[0]);
    choose(allByTestId<HTMLSelectElement>(c, 'term-lang')[0]!, '');
    click(byTestId(c, 'save-topic'));
    expect(lastSaved(p)).toEqual({
      ...privacy,
      terms: [
        { text: '个人信息保护法', lang: null },
        { text: 'data protection', lang: null },
      ],
    });
  });

  it('moves focus to "add" after removing the last term', () => {
    const root = mount(<TopicEditor {...props()} />);
    const c = card(root, 'custom-chips');
    click(byTestId(c, 'remove-term'));
    expect(termTexts(c)).toEqual([]);
    expect(document.activeElement).toBe(byTestId(c, 'add-term'));
  });

  it('clears "unsaved" once the saved topic matches', () => {
    const p = props();
    const root = mount(<Stateful {...p} />);
    const c = card(root, 'custom-chips');
    type(byTestId(c, 'topic-name'), 'Chip making');
    expect(allByTestId(c, 'unsaved')).toHaveLength(1);
    click(byTestId(c, 'save-topic'));
    expect(allByTestId(card(root, 'custom-chips'), 'unsaved')).toHaveLength(0);
    expect(byTestId<HTMLInputElement>(card(root, 'custom-chips'), 'topic-name').value).toBe('Chip making');
  });

  it('keeps a refused draft and shows its problems as an alert', () => {
    const p = props();
    const root = mount(<TopicEditor {...p} />);
    type(byTestId(card(root, 'custom-chips'), 'topic-name'), '');
    click(byTestId(card(root, 'custom-chips'), 'save-topic'));
    rerender(root, <TopicEditor {...p} problems={{ 'custom-chips': [{ code: 'nameEmpty' }] }} />);
    const c = card(root, 'custom-chips');
    const problems = byTestId(c, 'topic-problems');
    expect(problems.getAttribute('role')).toBe('alert');
    expect(problems.textContent).toContain('topicProblem.nameEmpty');
    expect(byTestId(c, 'save-topic').getAttribute('aria-describedby')).toBe(problems.id);
    expect(byTestId<HTMLInputElement>(c, 'topic-name').value).toBe('');
    expect(c.querySelector('h3')!.textContent).toContain('topicUntitled');
    expect(allByTestId(card(root, 'custom-data-protection'), 'topic-problems')).toHaveLength(0);
  });

  it('tags Chinese terms with their language', () => {
    const root = mount(<TopicEditor {...props()} />);
    expect(allByTestId(card(root, 'custom-data-protection'), 'term-text')[1]!.getAttribute('lang')).toBe('zh');
  });
});

describe('new topics', () => {
  it('come from onCreate, are edited here, focused at the name, and saved whole', () => {
    const p = props();
    const root = mount(<Stateful {...p} />);
    click(byTestId(root, 'new-topic'));
    expect(p.onCreate).toHaveBeenCalledOnce();
    const c = card(root, 'custom-new-1');
    expect(document.activeElement).toBe(byTestId(c, 'topic-name'));
    expect(allByTestId(c, 'topic-switch')).toHaveLength(0);
    expect(allByTestId(c, 'unsaved')).toHaveLength(1);
    type(byTestId(c, 'topic-name'), 'Export controls');
    click(byTestId(c, 'add-term'));
    type(byTestId(c, 'term-text'), '出口管制');
    choose(byTestId(c, 'term-lang'), 'zh');
    click(byTestId(c, 'save-topic'));
    expect(lastSaved(p)).toEqual({ id: 'custom-new-1', label: 'Export controls', terms: [{ text: '出口管制', lang: 'zh' }] });
    // Now saved: one card, with its switch.
    expect(allByTestId(root, 'custom-topic').filter((el) => el.getAttribute('data-topic-id') === 'custom-new-1')).toHaveLength(1);
    expect(allByTestId(card(root, 'custom-new-1'), 'topic-switch')).toHaveLength(1);
    expect(allByTestId(card(root, 'custom-new-1'), 'unsaved')).toHaveLength(0);
  });

  it('can be discarded before saving without calling onDelete', () => {
    const p = props();
    const root = mount(<TopicEditor {...p} />);
    click(byTestId(root, 'new-topic'));
    click(byTestId(card(root, 'custom-new-1'), 'delete-topic'));
    click(byTestId(card(root, 'custom-new-1'), 'confirm-delete-topic'));
    expect(card(root, 'custom-new-1')).toBeNull();
    expect(p.onDelete).not.toHaveBeenCalled();
  });
});

describe('switches', () => {
  it('are labelled switches reflecting enabled, on when missing, calling onToggle at once', () => {
    const p = props({ enabled: { 'custom-chips': false } });
    const root = mount(<TopicEditor {...p} />);
    const on = byTestId<HTMLInputElement>(card(root, 'custom-data-protection'), 'topic-switch');
    const off = byTestId<HTMLInputElement>(card(root, 'custom-chips'), 'topic-switch');
    expect(on.getAttribute('role')).toBe('switch');
    expect(on.type).toBe('checkbox');
    expect(on.closest('label')!.textContent).toBe('topicOn');
    expect(on.checked).toBe(true);
    expect(off.checked).toBe(false);
    click(on);
    expect(p.onToggle).toHaveBeenLastCalledWith('custom-data-protection', false);
    click(off);
    expect(p.onToggle).toHaveBeenLastCalledWith('custom-chips', true);
    expect(p.onSave).not.toHaveBeenCalled();
  });
});

describe('deleting', () => {
  it('asks first; "Delete for good" calls onDelete with the id', () => {
    const p = props();
    const root = mount(<TopicEditor {...p} />);
    const c = card(root, 'custom-chips');
    click(byTestId(c, 'delete-topic'));
    expect(p.onDelete).not.toHaveBeenCalled();
    expect(c.querySelector('[role="group"]')!.textContent).toContain('deleteTopicConfirm(Chips)');
    expect(document.activeElement).toBe(byTestId(c, 'keep-topic'));
    click(byTestId(c, 'confirm-delete-topic'));
    expect(p.onDelete).toHaveBeenCalledExactlyOnceWith('custom-chips');
    expect(document.activeElement).toBe(byTestId(root, 'new-topic'));
  });

  it('"Keep" and Escape cancel', () => {
    const p = props();
    const root = mount(<TopicEditor {...p} />);
    const c = card(root, 'custom-chips');
    click(byTestId(c, 'delete-topic'));
    click(byTestId(c, 'keep-topic'));
    expect(allByTestId(c, 'confirm-delete-topic')).toHaveLength(0);
    expect(document.activeElement).toBe(byTestId(c, 'delete-topic'));
    click(byTestId(c, 'delete-topic'));
    key(byTestId(c, 'keep-topic'), 'Escape');
    expect(allByTestId(c, 'confirm-delete-topic')).toHaveLength(0);
    expect(p.onDelete).not.toHaveBeenCalled();
  });
});

describe('untrusted text', () => {
  it('stays text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const root = mount(
      <TopicEditor {...props({ topics: [{ id: 'custom-x', label: evil, terms: [{ text: evil, lang: null }] }], problems: { 'custom-x': [{ code: 'nameTaken', name: evil }] } })} />,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('h3')!.textContent).toBe(evil);
    expect(byTestId<HTMLInputElement>(root, 'term-text').value).toBe(evil);
    expect(byTestId(root, 'topic-problems').textContent).toContain(evil);
  });
});

describe('sameTopic', () => {
  it('compares name and terms in order', () => {
    expect(sameTopic(privacy, { ...privacy, terms: [...privacy.terms] })).toBe(true);
    expect(sameTopic(privacy, { ...privacy, label: 'Privacy' })).toBe(false);
    expect(sameTopic(privacy, { ...privacy, terms: [...privacy.terms].reverse() })).toBe(false);
    expect(sameTopic(privacy, { ...privacy, terms: [{ text: 'GDPR', lang: null }, privacy.terms[1]!] })).toBe(false);
  });
});
