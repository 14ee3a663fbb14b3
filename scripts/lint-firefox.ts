// `npm run lint:firefox`: web-ext lint (addons-linter) on the Firefox build,
// as the add-on store runs it. Errors fail. A warning passes only when
// REVIEWER-NOTES.md (which `npm run zip` puts in the sources package the
// reviewers read) explains it: a line naming its file and its code. So a new
// warning either goes or gets its explanation, and the notes never go stale:
// an explanation for a warning the linter no longer gives fails too.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const NOTES = resolve(ROOT, 'REVIEWER-NOTES.md');

interface Message {
  code: string;
  file?: string;
  message: string;
}

/** "chunks/save-Dhj5JOmG.js" -> "chunks/save-*.js": a chunk's hash changes with every build. */
const stable = (file: string) => file.replace(/-[\w-]{8}\.js$/, '-*.js');

function lint(): { errors: Message[]; warnings: Message[] } {
  let out: string;
  try {
    out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', resolve(ROOT, '.output/firefox-mv2'), '--output', 'json', '--no-input'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  } catch (e) {
    // web-ext exits non-zero on errors; its report is still on stdout.
    out = String((e as { stdout?: string }).stdout ?? '');
  }
  return JSON.parse(out.slice(out.indexOf('{')));
}

const report = lint();
const notes = readFileSync(NOTES, 'utf8').split('\n');
/** The explained warnings: table rows of REVIEWER-NOTES.md whose first cells are a `file` and a `CODE`. */
const explained = notes.flatMap((line) => {
  const m = /^\|\s*`([^`]+)`\s*\|\s*`([A-Z_]+)`\s*\|/.exec(line);
  return m ? [{ file: m[1]!, code: m[2]!, line: line.trim() }] : [];
});
const matches = (w: Message, e: (typeof explained)[number]) => e.file === stable(w.file ?? '') && e.code === w.code;
const isExplained = (w: Message) => explained.some((e) => matches(w, e));

const problems: string[] = [];
for (const e of report.errors) problems.push(`error ${e.code} in ${e.file ?? 'the add-on'}: ${e.message}`);
for (const w of report.warnings) {
  if (!isExplained(w)) problems.push(`warning ${w.code} in ${w.file} is not explained in REVIEWER-NOTES.md: ${w.message}`);
}
for (const e of explained) {
  if (!report.warnings.some((w) => matches(w, e))) problems.push(`REVIEWER-NOTES.md explains a warning web-ext lint no longer gives: ${e.line}`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, each explained in REVIEWER-NOTES.md`);
