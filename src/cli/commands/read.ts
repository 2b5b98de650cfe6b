// `glosa read FILE [--json]`: open a saved page through the same core pipeline as the app (under jsdom, scripts
// off) and print its article. The page's NAME_files folder is referred to by file:// URLs (the CLI has no app://
// protocol), so images from it keep pointing at the local files; remote images become placeholders.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UserError } from '../../shared/types';
import { MAX_DEPTH } from '../../core/open/dom-limits';
import { otherTextList } from '../../core/glossary/other-text';
import { loadLookupService } from '../../node/dictionaries';
import { loadCatalogue } from '../../node/catalogue';
import { readPage } from '../../node/read-page';
import type { Command } from '../command';
import { parseArgs, UsageError } from '../io';
import { defaultResourcesDir } from '../../node/resources';

/** The user-facing English message of an error code, from the app's own i18next catalogue. */
export function errorMessage(error: UserError): string {
  let catalogue: Record<string, string> = {};
  try {
    catalogue = JSON.parse(readFileSync(join(defaultResourcesDir(), 'locales/en/errors.json'), 'utf8')) as Record<string, string>;
  } catch {
    // fall through to the bare code
  }
  const template = catalogue[error.code] ?? error.code;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(error.params?.[name] ?? ''));
}

export const command: Command = {
  summary: 'Open a saved page (HTML, MHTML, text dump) and print its clean article',
  usage: 'glosa read FILE [--json] [--remote-images]',
  async run(argv, io) {
    const { flags, words } = parseArgs(argv, { switches: ['json', 'remote-images'] });
    if (words.length !== 1) throw new UsageError('needs exactly one FILE');
    const [catalogue, lookup] = await Promise.all([loadCatalogue(), loadLookupService()]);
    const read = await readPage(words[0]!, { catalogue, lookup }, { remoteImages: flags.has('remote-images') });
    if (!read.ok) throw new UsageError(errorMessage(read.error));
    const { doc } = read.value;
    const glossary = read.value.glossary.map(({ text, translation, count, kind, approximate }) => ({ text, translation, count, kind, approximate }));
    if (flags.has('json')) {
      const { format, encoding, title, byline, published, siteName, sourceUrl = null, lang, excerpt, text, html, chrome, fallback, remoteImages, truncated = false } = doc;
      const other = otherTextList(read.value.other, read.value.glossary.map((g) => g.text));
      io.out(JSON.stringify({ format, encoding, title, byline, published, siteName, sourceUrl, lang, excerpt, text, html, chrome, glossary, other, fallback, remoteImages, truncated }, null, 2));
      return 0;
    }
    const meta = [doc.byline, doc.published, doc.siteName].filter(Boolean).join(' · ');
    const lines = [doc.title, '='.repeat(Math.min(doc.title.length, 72))];
    if (meta) lines.push(meta);
    if (doc.fallback) lines.push('(no article found: showing the whole page)');
    if (doc.truncated) lines.push(`(too large or nested more than ${MAX_DEPTH} levels deep: part of the page was left out)`);
    lines.push('', doc.text);
    if (glossary.length) {
      lines.push('', 'Interface glossary', '------------------');
      for (const g of glossary) lines.push(`${g.text} → ${g.translation}${g.approximate ? ' (approximate)' : ''}${g.count > 1 ? ` ×${g.count}` : ''}`);
    }
    io.out(lines.join('\n'));
    return 0;
  },
};
