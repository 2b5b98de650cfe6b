// Node-side loader of the phrase catalogue (resources/glossary). No electron import: the CLI uses it too.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCatalogue, SITE_CHROME_SOURCE, type Catalogue } from '../core/glossary/catalogue';
import { defaultResourcesDir } from './resources';


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
