// @vitest-environment happy-dom
// Copying a citation from the sidebar: the Clipboard API where the page has
// one, else (an http: page has no navigator.clipboard) a hidden box in our
// own root copied the old way, focus given back, the box gone; false when
// neither works, so the sidebar can say so.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../../entrypoints/sidebar-ui/clipboard.ts';

const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
afterEach(() => {
  if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function setClipboard(value: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
}

function shadowContainer() {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'closed' });
  const container = document.createElement('div');
  const button = document.createElement('button');
  container.append(button);
  root.append(container);
  button.focus();
  return { root, container, button };
}

describe('copyText', () => {
  it('writes through the Clipboard API when there is one', async () => {
    const writeText = vi.fn(async () => undefined);
    setClipboard({ writeText });
    expect(await copyText('quote', null)).toBe(true);
    expect(writeText).toHaveBeenCalledWith('quote');
  });

  it('copies from a hidden box in our root without the API, and gives focus back', async () => {
    setClipboard(undefined);
    const { root, container, button } = shadowContainer();
    const copied: string[] = [];
    // What is focused (and selected) at the moment of copying is the box with the text.
    const exec = vi.fn((command: string) => {
      copied.push(`${command}:${(root.activeElement as HTMLTextAreaElement | null)?.value ?? ''}`);
      return true;
    });
    (document as unknown as { execCommand: typeof exec }).execCommand = exec;
    expect(await copyText('quote', container)).toBe(true);
    expect(copied).toEqual(['copy:quote']);
    expect(container.querySelector('textarea')).toBeNull();
    expect(root.activeElement).toBe(button);
  });

  it('falls back when the API refuses, and says false when nothing can copy', async () => {
    setClipboard({ writeText: vi.fn(async () => Promise.reject(new Error('NotAllowedError'))) });
    const { container } = shadowContainer();
    (document as unknown as { execCommand: () => boolean }).execCommand = () => false;
    expect(await copyText('quote', container)).toBe(false);
    expect(await copyText('quote', null)).toBe(false);
  });
});
