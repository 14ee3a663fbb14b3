// Takes the innerHTML writes out of the libraries the bundles ship, so store
// reviewers' linters (web-ext lint: UNSAFE_VAR_ASSIGNMENT) find none.
//
// - Preact writes `dom.innerHTML = props.dangerouslySetInnerHTML.__html`.
//   This extension never uses dangerouslySetInnerHTML (page and corpus text is
//   only ever rendered as text), so the branch is dead code; it becomes an
//   error thrown if it were ever reached.
// - Readability (the save page) keeps a copy of the page as HTML to start
//   again from, and copies a <noscript>'s HTML into a <div>. Both work on the
//   inert copy of the page the save page makes with DOMParser; here they copy
//   nodes instead (cloneNode), which gives the same tree without writing HTML.
//   On a DOMParser document scripting is off, so a <noscript>'s content is
//   already parsed into elements, exactly what innerHTML would have made.
//
// Each rewrite must match exactly as often as expected: the build fails when
// a library changes shape, rather than quietly shipping the write again.

interface Rewrite {
  file: RegExp;
  find: RegExp;
  count: number;
  replace: string;
}

const REWRITES: Rewrite[] = [
  {
    file: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/,
    // `(t.innerHTML=h.__html)`, with whatever names the minifier chose.
    find: /\((\w+)\.innerHTML=(\w+)\.__html\)/g,
    count: 1,
    replace: '(()=>{throw new Error("Related Coverage renders no HTML: dangerouslySetInnerHTML is not supported")})()',
  },
  {
    file: /[\\/]node_modules[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: /var pageCacheHtml = page\.innerHTML;/g,
    count: 1,
    replace: 'var pageCacheHtml = page.cloneNode(true);',
  },
  {
    file: /[\\/]node_modules[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: /page\.innerHTML = pageCacheHtml;/g,
    count: 1,
    replace: 'page.replaceChildren(...pageCacheHtml.cloneNode(true).childNodes);',
  },
  {
    file: /[\\/]node_modules[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: /tmp\.innerHTML = noscript\.innerHTML;/g,
    count: 1,
    replace: 'tmp.replaceChildren(...Array.from(noscript.childNodes, (node) => node.cloneNode(true)));',
  },
];

/** The code with every rewrite for its file applied; throws when one does not match as expected. */
export function withoutInnerHtml(code: string, id: string): string | undefined {
  const mine = REWRITES.filter((r) => r.file.test(id));
  if (!mine.length) return undefined;
  let out = code;
  for (const r of mine) {
    const found = out.match(r.find)?.length ?? 0;
    if (found !== r.count) {
      throw new Error(`no-inner-html: expected ${r.count} of ${r.find} in ${id}, found ${found}; update scripts/no-inner-html-plugin.ts`);
    }
    out = out.replace(r.find, r.replace);
  }
  return out;
}

/** Typed structurally, like detectorPlanPlugin: WXT's Vite and Vitest's differ. */
export function noInnerHtmlPlugin(): {
  name: string;
  enforce: 'pre';
  transform: (code: string, id: string) => string | undefined;
} {
  return { name: 'related-coverage:no-inner-html', enforce: 'pre', transform: withoutInnerHtml };
}
