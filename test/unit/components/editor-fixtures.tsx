// Shared by the article editor's tests: a draft, the editor's props, and a
// parent that keeps the draft as the save and options pages do.

import { useState } from 'preact/hooks';
import { vi } from 'vitest';
import { ArticleEditor, type ArticleEditorProps } from '../../../components/ArticleEditor.tsx';
import type { ArticleDraft } from '../../../core/user-articles.ts';
import { allByTestId, fakeT, type } from './helpers.ts';

export function draft(over: Partial<ArticleDraft> = {}): ArticleDraft {
  return {
    headline: 'Wuzhen summit opens',
    outlet: 'Example News',
    published: '2023-11-08',
    url: 'https://news.example.com/wic-2023',
    author: null,
    language: 'en',
    note: null,
    paragraphs: ['First paragraph.', 'Second paragraph.', 'Third paragraph.'],
    ...over,
  };
}

export function props(over: Partial<ArticleEditorProps> = {}): ArticleEditorProps {
  return {
    t: fakeT,
    draft: draft(),
    problems: [],
    busy: false,
    mode: 'new',
    onChange: vi.fn(),
    onSave: vi.fn(),
    onCancel: vi.fn(),
    ...over,
  };
}

/** The editor with a parent that keeps the draft, as the save page does. */
export function Stateful(p: ArticleEditorProps) {
  const [d, setD] = useState(p.draft);
  return (
    <ArticleEditor
      {...p}
      draft={d}
      onChange={(next) => {
        p.onChange(next);
        setD(next);
      }}
    />
  );
}

export const lastDraft = (p: ArticleEditorProps) => (p.onChange as ReturnType<typeof vi.fn>).mock.lastCall![0] as ArticleDraft;
export const texts = (root: HTMLElement) => allByTestId<HTMLTextAreaElement>(root, 'paragraph').map((el) => el.value);

export function typeArea(el: HTMLTextAreaElement, value: string): void {
  type(el as unknown as HTMLInputElement, value);
}

