// The built renderer in Chromium on each file of the hostile corpus (test/harness/hostile-files.ts): the page, the
// page cut off with its notice, or a clear message naming the file. The bytes come through the real
// readRawDocument, as main sends them. Times are printed, not asserted: the 30 s wait only catches a hang.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRawDocument } from '../../src/node/read-file';
import { writeHostileCorpus } from '../harness/hostile-files';
import { openRenderer, type RendererSession } from '../harness/renderer';

const corpus = writeHostileCorpus();

describe('the renderer on hostile files', () => {
  let s: RendererSession;
  beforeAll(async () => {
    s = await openRenderer();
  });
  afterAll(async () => {
    await s?.close();
    rmSync(corpus.dir, { recursive: true, force: true });
  });

  for (const f of corpus.files) {
    it(`${f.name}: ${f.why}`, async () => {
      const result = await readRawDocument(f.path);
      const started = performance.now();
      await s.emit({ type: 'open', result });
      // Done when the toolbar names the file, or the message box does.
      await s.page.waitForFunction(
        (name) => {
          const message = document.getElementById('message')!;
          return !document.body.hasAttribute('aria-busy')
            && ((document.getElementById('doc-info')!.textContent ?? '').startsWith(`${name} ·`) || (!message.hidden && (message.textContent ?? '').includes(name)));
        },
        f.name,
        { timeout: 30_000, polling: 50 },
      );
      console.log(`${f.name}: ${Math.round(performance.now() - started)} ms in the renderer`);
      const message = await s.page.$eval('#message', (m) => ((m as HTMLElement).hidden ? '' : m.textContent ?? ''));
      const notice = await s.page.$eval('#notice', (n) => ((n as HTMLElement).hidden ? '' : n.textContent ?? ''));
      if (f.expect === 'refused') {
        expect(message).toContain(f.name);
        return;
      }
      expect(message).toBe('');
      expect(await s.page.textContent('#doc-info')).toContain(f.name);
      if (f.expect === 'truncated') expect(notice).toMatch(/levels deep/);
      else expect(notice).not.toMatch(/levels deep/);
      if (f.name.endsWith('.mhtml')) {
        // One blob: URL for the one image part, however many references; the CSP lets it load.
        const images = await s.page.$$eval('#article img', (imgs) => imgs.map((img) => ({ src: img.getAttribute('src') ?? '', loaded: (img as HTMLImageElement).naturalWidth > 0 })));
        expect(images.length).toBeGreaterThan(1);
        expect(new Set(images.map((i) => i.src)).size).toBe(1);
        expect(images[0]!.src).toMatch(/^blob:/);
        await s.page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('#article img')].every((img) => img.complete));
        expect(await s.page.$$eval('#article img', (imgs) => imgs.every((img) => (img as HTMLImageElement).naturalWidth === 1))).toBe(true);
      }
    });
  }
});
