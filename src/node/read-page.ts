// One saved page from disk to its article and glossary, as `glosa read` shows it: read the bytes (Node), run the
// core pipeline under jsdom (scripts off), build the glossary from the chrome. The CLI and the measurement scripts
// share it so that what is measured is what the command prints.
import { pathToFileURL } from 'node:url';
import type { GlossEntry, ReadDocument, Result } from '../shared/types';
import { readDocument } from '../core/open/pipeline';
import type { GlossaryDeps } from '../core/glossary/glossary';
import { pageGlossary } from '../core/glossary/interface-strings';
import { pageVocabulary } from '../core/glossary/page-sense';
import { readRawDocument } from './read-file';
import { jsdomDomEnv } from './jsdom-env';

export interface ReadPageOptions {
  remoteImages?: boolean;
  /** Document URL for resolving links (the peer pages use Readability's fakehost URL). */
  url?: string;
}

export async function readPage(path: string, deps: GlossaryDeps, options: ReadPageOptions = {}): Promise<Result<{ doc: ReadDocument; glossary: GlossEntry[]; other: string[] }>> {
  const raw = await readRawDocument(path, { resourceBase: (dir) => pathToFileURL(dir).href + '/' });
  if (!raw.ok) return raw;
  const result = readDocument(
    {
      bytes: new Uint8Array(Buffer.from(raw.value.base64, 'base64')),
      name: raw.value.name,
      resourceBase: raw.value.resourceBase,
      resourceDir: raw.value.resourceDir,
      loadRemoteImages: options.remoteImages ?? false,
      ...(options.url ? { url: options.url } : {}),
    },
    jsdomDomEnv(),
  );
  if (!result.ok) return result;
  // The article's words pick a polysemous word's sense in the chrome, as in the app.
  const pageDeps = deps.lookup ? { ...deps, page: pageVocabulary(result.value.text, deps.lookup) } : deps;
  return { ok: true, value: { doc: result.value, ...pageGlossary(result.value.chrome, pageDeps) } };
}
