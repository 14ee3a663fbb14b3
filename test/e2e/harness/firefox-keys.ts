// How a `commands` shortcut ("Alt+Shift+Y") becomes the key events Firefox's
// TextInputProcessor takes (see FirefoxHarness.pressShortcut).

import { splitCombo } from './shadow.ts';

const TIP_MODIFIERS: Record<string, { key: string; code: string; keyCode: number }> = {
  Alt: { key: 'Alt', code: 'AltLeft', keyCode: 18 },
  Shift: { key: 'Shift', code: 'ShiftLeft', keyCode: 16 },
  Control: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
  MacCtrl: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
  Command: { key: 'Meta', code: 'MetaLeft', keyCode: 91 },
  Meta: { key: 'Meta', code: 'MetaLeft', keyCode: 91 },
};
const TIP_NAMED: Record<string, { key: string; code: string; keyCode: number }> = {
  Comma: { key: ',', code: 'Comma', keyCode: 188 }, Period: { key: '.', code: 'Period', keyCode: 190 },
  Home: { key: 'Home', code: 'Home', keyCode: 36 }, End: { key: 'End', code: 'End', keyCode: 35 },
  PageUp: { key: 'PageUp', code: 'PageUp', keyCode: 33 }, PageDown: { key: 'PageDown', code: 'PageDown', keyCode: 34 },
  Space: { key: ' ', code: 'Space', keyCode: 32 }, Insert: { key: 'Insert', code: 'Insert', keyCode: 45 },
  Delete: { key: 'Delete', code: 'Delete', keyCode: 46 }, Up: { key: 'ArrowUp', code: 'ArrowUp', keyCode: 38 },
  Down: { key: 'ArrowDown', code: 'ArrowDown', keyCode: 40 }, Left: { key: 'ArrowLeft', code: 'ArrowLeft', keyCode: 37 },
  Right: { key: 'ArrowRight', code: 'ArrowRight', keyCode: 39 },
};
function tipKey(k: string): { key: string; code: string; keyCode: number } {
  const bare = k.replace(/^Key(?=[A-Z]$)|^Digit(?=[0-9]$)/, '');
  if (/^[A-Za-z]$/.test(bare)) return { key: bare.toUpperCase(), code: `Key${bare.toUpperCase()}`, keyCode: bare.toUpperCase().charCodeAt(0) };
  if (/^[0-9]$/.test(bare)) return { key: bare, code: `Digit${bare}`, keyCode: bare.charCodeAt(0) };
  const named = TIP_NAMED[bare];
  if (!named) throw new Error(`unsupported shortcut key ${k}`);
  return named;
}

type TipKey = { key: string; code: string; keyCode: number };

/** The modifiers, then the key, of `shortcut`, as KeyboardEvent inits. */
export function tipKeys(shortcut: string): { mods: TipKey[]; key: TipKey } {
  const { modifiers, key } = splitCombo(shortcut);
  const mods = modifiers.map((m) => {
    const info = TIP_MODIFIERS[m];
    if (!info) throw new Error(`unknown modifier ${m}`);
    return info;
  });
  return { mods, key: tipKey(key) };
}
