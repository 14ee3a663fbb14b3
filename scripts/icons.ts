// `npm run icons`: renders docs/icon/*.svg to the PNG sizes the stores and
// toolbars ask for, in public/icon/ (WXT puts public/icon/<size>.png in the
// manifest). Run it after changing an SVG and commit the PNGs: building the
// extension must not need a browser.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SIZES = [16, 32, 48, 96, 128];

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  await mkdir(join(ROOT, 'public/icon'), { recursive: true });
  for (const size of SIZES) {
    // Below 48 px the full drawing turns to mush: the small one has whole-pixel marks.
    const svg = await readFile(join(ROOT, 'docs/icon', size < 48 ? 'icon-small.svg' : 'icon.svg'), 'utf8');
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
    await writeFile(join(ROOT, 'public/icon', `${size}.png`), await page.screenshot({ omitBackground: true }));
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
