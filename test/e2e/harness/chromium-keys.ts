// How a `commands` shortcut ("Alt+Shift+Y") becomes CDP key events in Chromium.

import type { CDPSession } from 'playwright-core';
import { splitCombo } from './shadow.ts';

// Windows virtual key codes for the keys Chrome allows in `commands` shortcuts.
const VK: Record<string, [code: string, vk: number]> = {
  Comma: ['Comma', 188], Period: ['Period', 190], Home: ['Home', 36], End: ['End', 35],
  PageUp: ['PageUp', 33], PageDown: ['PageDown', 34], Space: ['Space', 32], Insert: ['Insert', 45],
  Delete: ['Delete', 46], Up: ['ArrowUp', 38], Down: ['ArrowDown', 40], Left: ['ArrowLeft', 37], Right: ['ArrowRight', 39],
};
const MODIFIERS: Record<string, { bit: number; key: string; code: string; vk: number }> = {
  Alt: { bit: 1, key: 'Alt', code: 'AltLeft', vk: 18 },
  Control: { bit: 2, key: 'Control', code: 'ControlLeft', vk: 17 },
  MacCtrl: { bit: 2, key: 'Control', code: 'ControlLeft', vk: 17 },
  Command: { bit: 4, key: 'Meta', code: 'MetaLeft', vk: 91 },
  Meta: { bit: 4, key: 'Meta', code: 'MetaLeft', vk: 91 },
  Shift: { bit: 8, key: 'Shift', code: 'ShiftLeft', vk: 16 },
};

function keyInfo(k: string): { key: string; code: string; vk: number } {
  if (/^[A-Za-z]$/.test(k)) return { key: k.toUpperCase(), code: `Key${k.toUpperCase()}`, vk: k.toUpperCase().charCodeAt(0) };
  if (/^[0-9]$/.test(k)) return { key: k, code: `Digit${k}`, vk: k.charCodeAt(0) };
  if (/^Key[A-Z]$/.test(k)) return keyInfo(k.slice(3));
  if (/^Digit[0-9]$/.test(k)) return keyInfo(k.slice(5));
  const named = VK[k];
  if (named) return { key: named[0], code: named[0], vk: named[1] };
  throw new Error(`unsupported shortcut key ${k}`);
}

/** Presses `shortcut` as trusted key events on the page behind `cdp`, modifiers first. */
export async function pressKeys(cdp: CDPSession, shortcut: string): Promise<void> {
  const { modifiers, key } = splitCombo(shortcut);
  const mods = modifiers.map((m) => {
    const info = MODIFIERS[m];
    if (!info) throw new Error(`unknown modifier ${m}`);
    return info;
  });
  const k = keyInfo(key);
  let bits = 0;
  for (const m of mods) {
    bits |= m.bit;
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', modifiers: bits, key: m.key, code: m.code, windowsVirtualKeyCode: m.vk, nativeVirtualKeyCode: m.vk });
  }
  const ev = { modifiers: bits, key: k.key, code: k.code, windowsVirtualKeyCode: k.vk, nativeVirtualKeyCode: k.vk };
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...ev });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...ev });
  for (const m of mods.reverse()) {
    bits &= ~m.bit;
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers: bits, key: m.key, code: m.code, windowsVirtualKeyCode: m.vk, nativeVirtualKeyCode: m.vk });
  }
}
