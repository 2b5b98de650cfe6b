// `npm run shot -- FILE --out page.png [--lang en|pl] [--width W --height H] [--hover TEXT] [--open-other] [--pdf out.pdf]`
// --open-other: the glossary panel's "Other text around the article" list opened and scrolled into view.
// Renders the built renderer with FILE opened, in headless Chromium through the stand-in bridge.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from '../src/cli/io';
import { openRenderer, RENDERER_DIR, REPO_ROOT } from '../test/harness/renderer';

const { flags, words } = parseArgs(process.argv.slice(2), { valued: ['out', 'lang', 'width', 'height', 'hover', 'pdf', 'appendix', 'theme'], switches: ['open-other'] });
const file = words[0] ? resolve(words[0]) : resolve(REPO_ROOT, 'seeds/syria-homs.txt');
const out = resolve(String(flags.get('out') ?? 'shot.png'));
const lang = flags.get('lang') === 'pl' ? 'pl' : 'en';

if (!existsSync(`${RENDERER_DIR}/index.html`)) {
  console.error('shot: building the renderer first (electron-vite build)…');
  execFileSync('npx', ['electron-vite', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
}
const session = await openRenderer({
  file, lang,
  viewport: { width: Number(flags.get('width') ?? 1280), height: Number(flags.get('height') ?? 860) },
});
try {
  const { page } = session;
  const theme = flags.get('theme');
  if (typeof theme === 'string') await page.selectOption('#theme', theme);
  await page.waitForFunction(() => !document.querySelector('.glossary-summary')?.textContent?.includes('…'), null, { timeout: 30_000 }).catch(() => {});
  if (flags.has('open-other')) {
    await page.click('.glossary-other summary');
    await page.evaluate(() => document.querySelector('.glossary-other')!.scrollIntoView({ block: 'start' }));
  }
  const hover = flags.get('hover');
  if (typeof hover === 'string') {
    const { hoverWord } = await import('../test/harness/hover');
    await hoverWord(page, hover);
  }
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
  const pdf = flags.get('pdf');
  if (typeof pdf === 'string') {
    const { printPdf } = await import('../test/harness/print');
    const appendix = String(flags.get('appendix') ?? '').split(',').filter(Boolean);
    await writeFile(resolve(pdf), await printPdf(page, appendix));
    console.log(`wrote ${resolve(pdf)}`);
  }
} finally {
  await session.close();
}
