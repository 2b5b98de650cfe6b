// Node-side loader of the phrase catalogue (resources/glossary). No electron import: the CLI uses it too.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCatalogue, SITE_CHROME_SOURCE, type Catalogue } from '../core/glossary/catalogue';

/** The repository's resources folder, when running from source or from out/main. */
export function defaultResourcesDir(): string {
  return fileURLToPath(new URL('../../resources', import.meta.url));
}

export interface LoadCatalogueOptions {
  /** Leave out the hand-written site-chrome.tsv (to measure what mined data and composition reach alone). */
  withoutSiteChrome?: boolean;
}

export async function loadCatalogue(resourcesDir: string = defaultResourcesDir(), options: LoadCatalogueOptions = {}): Promise<Catalogue> {
  const dir = join(resourcesDir, 'glossary');
  const [mined, handWritten, siteChrome] = await Promise.all([
    readFile(join(dir, 'catalogue.tsv'), 'utf8'),
    readFile(join(dir, 'news-chrome.tsv'), 'utf8'),
    options.withoutSiteChrome ? '' : readFile(join(dir, 'site-chrome.tsv'), 'utf8'),
  ]);
  return parseCatalogue(mined, handWritten, [{ source: SITE_CHROME_SOURCE, tsv: siteChrome }]);
}
