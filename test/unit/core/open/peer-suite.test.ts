// A representative part of the Readability peer suite (the whole takes minutes under jsdom; `npm run peer` runs it):
// pages chosen for variety (news, blogs, wikis, RTL, lazy images, hidden content, tables, CSS in style tags).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGES_DIR, runPeerSuite } from '../../../../scripts/peer-suite';

const SAMPLE = ['001', '002', 'aclu', 'bbc-1', 'blogger', 'cnn', 'ehow-1', 'guardian-1', 'hidden-nodes', 'lazy-image-1', 'links-in-tables', 'medium-1', 'nytimes-1', 'rtl-1', 'social-buttons', 'style-tags-removal', 'svg-parsing', 'table-style-attributes', 'tumblr', 'wikipedia-3'];

describe.skipIf(!existsSync(PAGES_DIR))('Readability peer suite (sample)', () => {
  it('matches expected.html text (F1) and metadata at least as often as bare Readability', async () => {
    const result = await runPeerSuite(PAGES_DIR, SAMPLE);
    expect(result.pages.length).toBe(SAMPLE.length);
    expect(result.meanF1Other).toBeGreaterThanOrEqual(0.995);
    expect(result.below.map((p) => p.page)).toEqual([]);
    for (const m of Object.values(result.metadata)) expect(m.ours).toBeGreaterThanOrEqual(m.bare);
  }, 300_000);
});

if (!existsSync(PAGES_DIR)) it.skip(`peer suite: ${PAGES_DIR} is absent`, () => {});
