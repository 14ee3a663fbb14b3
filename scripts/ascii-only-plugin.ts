// Writes background.js in ASCII only. V8 and SpiderMonkey hold a script's
// source, and every string in it, one byte a character only when it has no
// character past U+00FF; one Chinese word anywhere makes all of it two bytes
// a character. background.js carries the bundled corpus as text and the
// plans with their Chinese terms, so a cold background read and parsed twice
// the bytes. esbuild's `charset: 'ascii'` escapes strings and templates (set
// with this plugin in wxt.config.ts); it leaves regular expression literals
// as written ("’" in the entity finder's and the ranking's), which this
// plugin escapes as the last step: `\uXXXX` means the same character in a
// string, a template's cooked text, a regular expression (with or without
// the u flag; a pair of surrogate escapes for a character past U+FFFF) and an
// identifier. The build fails on a template tag's raw text that would change.

/** `code` with every character past U+007F written as a \u escape. */
export function asciiOnly(code: string): string {
  return code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Typed structurally, like the other plugins here: WXT builds with its own Vite. */
export function asciiOnlyPlugin(): {
  name: string;
  enforce: 'post';
  generateBundle: (options: unknown, bundle: Record<string, { type: string; fileName: string; code?: string }>) => void;
} {
  return {
    name: 'related-coverage:ascii-only',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.code === undefined) continue;
        if (/String\.raw`[^`]*[^\0-\x7f]/.test(chunk.code)) throw new Error(`${chunk.fileName}: a raw template holds a character past ASCII, which escaping would change`);
        chunk.code = asciiOnly(chunk.code);
      }
    },
  };
}
