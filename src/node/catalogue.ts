// Node-side loader of the phrase catalogue (resources/glossary). No electron import: the CLI uses it too.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HAND_WRITTEN_SOURCE, parseCatalogue, SITE_CHROME_SOURCE, type Catalogue } from '../core/glossary/catalogue';
import { defaultResourcesDir } from './resources';


export interface LoadCatalogueOptions {
  /** Leave out the hand-written site-chrome.tsv (to measure what mined data and composition reach alone). */
  withoutSiteChrome?: boolean;
}

export async function loadCatalogue(resourcesDir: string = defaultResourcesDir(), options: LoadCatalogueOptions = {}): Promise<Catalogue> {
  const dir = join(resourcesDir, 'glossary');
  const [mined, handWritten, siteChrome, desktop] = await Promise.all([
    readFile(join(dir, 'catalogue.tsv'), 'utf8'),
    readFile(join(dir, 'news-chrome.tsv'), 'utf8'),
    options.withoutSiteChrome ? '' : readFile(join(dir, 'site-chrome.tsv'), 'utf8'),
    readFile(join(dir, 'catalogue-desktop.tsv'), 'utf8'),
  ]);
  // Glosa reads articles: where both hand-written files have a word ("Opinie", "Kraj", "Ogłoszenia"), its
  // news-site sense (Opinion, Domestic, Classifieds) wins over the shop sense, so news-chrome goes last.
  return parseCatalogue(mined, '', [{ source: SITE_CHROME_SOURCE, tsv: siteChrome }, { source: HAND_WRITTEN_SOURCE, tsv: handWritten }], desktop);
}
