// What the window sends main for a page's glossary must pass main's argument check for every page the pipeline
// reads: a chrome item field the pipeline adds but the check does not know would refuse the whole glossary.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GlossaryDeps } from '../../../src/core/glossary/glossary';
import { validArguments } from '../../../src/main/ipc-validate';
import { loadCatalogue } from '../../../src/node/catalogue';
import { loadLookupService } from '../../../src/node/dictionaries';
import { readPage } from '../../../src/node/read-page';
import { REPO, SHARED } from '../../harness/paths';

const OWN = join(REPO, 'test/fixtures/real-pages');
const POLISH = join(SHARED, 'polish-pages');
const pages = [
  ...readdirSync(OWN).filter((f) => f.endsWith('.html')).map((f) => join(OWN, f)),
  ...(existsSync(POLISH) ? readdirSync(POLISH).filter((f) => f.endsWith('.html')).map((f) => join(POLISH, f)) : []),
];
if (!existsSync(POLISH)) console.warn(`skipping the development pages: ${POLISH} is absent`);

describe('the glossary call of a real page passes the IPC check', () => {
  let deps: GlossaryDeps;
  beforeAll(async () => { deps = { catalogue: await loadCatalogue(), lookup: await loadLookupService() }; });

  it.each(pages)('%s', async (path) => {
    const read = await readPage(path, deps);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.doc.chrome.length).toBeGreaterThan(0);
    expect(validArguments('glossary', [read.value.doc.chrome, read.value.doc.text])).toBe(true);
  });
});
