// Readers for web widgets that ship their Polish strings inside their code: consent banners (c15t,
// cookie-notice) and share buttons (Shariff). Each returns English/Polish message pairs.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MessagePair } from './read-sources';

/** Flattens nested objects to dotted keys. */
function flatten(value: unknown, prefix = '', out: Map<string, string> = new Map()): Map<string, string> {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

/** c15t consent UI: dist/all.js exports baseTranslations = { en: {...}, pl: {...}, ... }, paired by key. */
export async function readC15t(pkg: string): Promise<MessagePair[]> {
  const mod = (await import(pathToFileURL(join(pkg, 'dist/all.js')).href)) as { baseTranslations: Record<string, unknown> };
  const en = flatten(mod.baseTranslations.en);
  const pairs: MessagePair[] = [];
  for (const [key, pl] of flatten(mod.baseTranslations.pl)) {
    const enText = en.get(key);
    if (enText !== undefined) pairs.push({ key, en: enText, pl });
  }
  return pairs;
}

// One quoted JS string literal, no line breaks.
const LITERAL = String.raw`'(?:[^'\\\n]|\\.){0,400}'|"(?:[^"\\\n]|\\.){0,400}"`;
const LANG_LINE = new RegExp(String.raw`^\s*(?:'|")?([a-z]{2})(?:'|")?\s*:\s*(${LITERAL})\s*,?\s*$`, 'u');

const unquote = (literal: string): string => literal.slice(1, -1).replace(/\\(['"\\])/gu, '$1');

/**
 * Object literals written one language per line (`en: 'Share on Facebook',` … `pl: 'Udostępnij na
 * Facebooku',`), as Shariff's services and cookie-notice keep their texts. A run of such lines is one
 * message; its en and pl lines are the pair. Line by line, so no regex spans the file.
 */
export function readLanguageObjects(files: string[]): MessagePair[] {
  const pairs: MessagePair[] = [];
  for (const file of files) {
    let run = new Map<string, string>();
    const flush = (): void => {
      const en = run.get('en');
      const pl = run.get('pl');
      if (en !== undefined && pl !== undefined) pairs.push({ en, pl });
      run = new Map();
    };
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const m = LANG_LINE.exec(line);
      if (m) run.set(m[1]!, unquote(m[2]!));
      else flush();
    }
    flush();
  }
  return pairs;
}

/** Shariff: every service under src/js/services (share and info titles, per language). */
export function readShariff(pkg: string): MessagePair[] {
  const dir = join(pkg, 'src/js/services');
  if (!existsSync(dir)) return [];
  return readLanguageObjects(readdirSync(dir).filter((f) => f.endsWith('.js')).sort().map((f) => join(dir, f)));
}
