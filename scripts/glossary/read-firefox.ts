// Reader of Firefox's localisation: the en-US strings inside firefox-esr's omni.ja archives and the Polish
// ones in the firefox-esr-l10n-pl language pack, paired by file and message id. Both Fluent (.ftl: messages
// and their attributes) and the older .properties files are read. Messages with placeables, selectors or
// plural lists are left out: they are templates, not interface strings.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { MessagePair } from './read-sources';

/** "id" and "id.attr" → text, for the simple messages of one .ftl file. */
export function parseFluent(source: string): Map<string, string> {
  const out = new Map<string, string>();
  let id: string | null = null;
  let attr: string | null = null;
  let text: string[] = [];
  const flush = (): void => {
    if (id !== null && !id.startsWith('-')) {
      const value = text.join(' ').replace(/\s+/gu, ' ').trim();
      if (value && !value.includes('{')) out.set(attr ? `${id}.${attr}` : id, value);
    }
    text = [];
  };
  for (const line of source.split(/\r?\n/u)) {
    if (line.startsWith('#') || !line.trim()) {
      if (line.startsWith('#')) { flush(); id = null; attr = null; }
      continue;
    }
    const message = /^(-?[A-Za-z][\w-]*)\s*=\s?(.*)$/u.exec(line);
    if (message) { flush(); id = message[1]!; attr = null; text = [message[2]!]; continue; }
    const attribute = /^\s+\.([A-Za-z][\w-]*)\s*=\s?(.*)$/u.exec(line);
    if (attribute && id !== null) { flush(); attr = attribute[1]!; text = [attribute[2]!]; continue; }
    if (/^\s/u.test(line) && id !== null) text.push(line.trim());
  }
  flush();
  return out;
}

/** key → text of a .properties file; plural lists ("a;b;c") and printf templates are dropped later. */
export function parseProperties(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of source.split(/\r?\n/u)) {
    const m = /^\s*([^#!=\s][^=]*?)\s*=\s*(.*)$/u.exec(line);
    if (!m) continue;
    const value = m[2]!.replace(/\\u([0-9a-fA-F]{4})/gu, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    if (!value.includes(';') && !/%\d*\$?S|#\d/u.test(value)) out.set(m[1]!, value);
  }
  return out;
}

function filesUnder(root: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(ext)) out.push(path);
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}

/**
 * The place of a message file independent of its locale: the path after "localization/<locale>/" or
 * "locale/", with the locale's own folder name folded ("locale/en-US/global/x" ~ "locale/pl/global/x").
 */
export function localeFreePath(path: string, locale: string): string | null {
  const parts = path.split(sep);
  const at = parts.lastIndexOf('localization');
  if (at >= 0 && parts[at + 1] === locale) return `ftl:${parts.slice(at + 2).join('/')}`;
  const loc = parts.lastIndexOf('locale');
  if (loc >= 0) return `prop:${parts.slice(loc + 1).map((p) => (p === locale ? 'LOC' : p)).join('/')}`;
  return null;
}

function readTree(root: string, locale: string): Map<string, string> {
  const messages = new Map<string, string>();
  for (const file of [...filesUnder(root, '.ftl'), ...filesUnder(root, '.properties')]) {
    const place = localeFreePath(relative(root, file), locale);
    if (!place) continue;
    const parsed = file.endsWith('.ftl') ? parseFluent(readFileSync(file, 'utf8')) : parseProperties(readFileSync(file, 'utf8'));
    for (const [key, text] of parsed) messages.set(`${place}#${key}`, text);
  }
  return messages;
}

/** Pairs the en-US tree (the unzipped omni.ja archives) with the Polish one (the unzipped language pack). */
export function readFirefox(enRoot: string, plRoot: string): MessagePair[] {
  const en = readTree(enRoot, 'en-US');
  const pairs: MessagePair[] = [];
  for (const [key, pl] of readTree(plRoot, 'pl')) {
    const english = en.get(key);
    // Developer tools are not web-page chrome, and their jargon would outvote the web senses.
    if (english !== undefined && !key.includes('devtools')) pairs.push({ key, en: english, pl });
  }
  return pairs;
}
