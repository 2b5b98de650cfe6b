// Readers for the localisation catalogues the glossary is mined from. Each returns English/Polish
// message pairs; the packages themselves are fetched by scripts/build-glossary.ts.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { parse as parseYaml } from 'yaml';

export interface MessagePair {
  en: string;
  pl: string;
  /** Message key where the format has one (for skipping non-interface keys). */
  key?: string;
}

/** Flattens nested objects to dotted keys; arrays keep their index ("dayNames.0"). */
function flatten(value: unknown, prefix = '', out: Map<string, string> = new Map()): Map<string, string> {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

function pairByKey(en: unknown, pl: unknown): MessagePair[] {
  const enMap = flatten(en);
  const pairs: MessagePair[] = [];
  for (const [key, plText] of flatten(pl)) {
    const enText = enMap.get(key);
    if (enText !== undefined) pairs.push({ key, en: enText, pl: plText });
  }
  return pairs;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** MediaWiki: every folder with i18n/en.json and i18n/pl.json (core, skins, bundled extensions). */
export function readMediaWiki(root: string): MessagePair[] {
  const pairs: MessagePair[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
    }
    const en = join(dir, 'en.json');
    const pl = join(dir, 'pl.json');
    if (existsSync(en) && existsSync(pl)) {
      for (const pair of pairByKey(readJson(en), readJson(pl))) {
        // @metadata is authorship; access keys, URLs and page names are not visible strings.
        if (/^@|accesskey$|-url$|-page$|-pagename$|-desc$|-summary$|^tooltip-/u.test(pair.key!)) continue;
        pairs.push(pair);
      }
    }
  };
  walk(root);
  return pairs;
}

/** GNU gettext .mo (little- or big-endian): msgid is the English, msgstr the Polish. */
export function readMo(path: string): MessagePair[] {
  const buf = readFileSync(path);
  const magic = buf.readUInt32LE(0);
  const le = magic === 0x950412de;
  if (!le && buf.readUInt32BE(0) !== 0x950412de) throw new Error(`${path}: not a .mo file`);
  const u32 = (off: number): number => (le ? buf.readUInt32LE(off) : buf.readUInt32BE(off));
  const count = u32(8);
  const origTable = u32(12);
  const transTable = u32(16);
  const str = (table: number, i: number): string => {
    const len = u32(table + i * 8);
    const off = u32(table + i * 8 + 4);
    return buf.subarray(off, off + len).toString('utf8');
  };
  const pairs: MessagePair[] = [];
  for (let i = 0; i < count; i++) {
    let id = str(origTable, i);
    if (!id) continue; // header
    const ctx = id.indexOf('\x04');
    if (ctx >= 0) id = id.slice(ctx + 1);
    // Plural entries: "singular\0plural" → first Polish form for the singular.
    const en = id.split('\0')[0]!;
    const pl = str(transTable, i).split('\0')[0]!;
    if (pl) pairs.push({ en, pl });
  }
  return pairs;
}

/** Docusaurus theme translations: locales/base (English, with ___DESCRIPTION keys) and locales/pl. */
export function readDocusaurus(pkg: string): MessagePair[] {
  const pairs: MessagePair[] = [];
  for (const file of readdirSync(join(pkg, 'locales', 'pl'))) {
    const base = join(pkg, 'locales', 'base', file);
    if (!existsSync(base)) continue;
    pairs.push(...pairByKey(readJson(base), readJson(join(pkg, 'locales', 'pl', file))).filter((p) => !p.key!.endsWith('___DESCRIPTION')));
  }
  return pairs;
}

/** A JSON object whose keys are the English strings (video.js dist/lang/pl.json). */
export function readEnglishKeyedJson(path: string): MessagePair[] {
  return Object.entries(readJson(path) as Record<string, unknown>)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([en, pl]) => ({ en, pl }));
}

/** TinyMCE language pack: tinymce.addI18n("pl", {...}) with English keys. */
export function readTinyMce(path: string): MessagePair[] {
  let captured: Record<string, string> = {};
  vm.runInNewContext(readFileSync(path, 'utf8'), { tinymce: { addI18n: (_l: string, o: Record<string, string>) => { captured = o; } } });
  return Object.entries(captured).map(([en, pl]) => ({ en, pl }));
}

/** tarteaucitron: lang/tarteaucitron.{en,pl}.js assign tarteaucitron.lang = {...}. */
export function readTarteaucitron(langDir: string): MessagePair[] {
  const load = (code: string): unknown => {
    const sandbox = { tarteaucitron: { lang: {} as unknown } };
    vm.runInNewContext(readFileSync(join(langDir, `tarteaucitron.${code}.js`), 'utf8'), sandbox);
    return sandbox.tarteaucitron.lang;
  };
  return pairByKey(load('en'), load('pl'));
}

/** A YAML file (Klaro's translations, Rails i18n locales); repeated keys keep the last value, as Rails does. */
function readYaml(path: string): unknown {
  return parseYaml(readFileSync(path, 'utf8'), { uniqueKeys: false });
}

export function readKlaro(translationsDir: string): MessagePair[] {
  const load = (code: string): unknown => readYaml(join(translationsDir, `${code}.yml`));
  return pairByKey(load('en'), load('pl'));
}

/** Uppy locales: ES modules exporting { strings } (plural objects keep their first form). */
export async function readUppy(libDir: string): Promise<MessagePair[]> {
  const load = async (code: string): Promise<unknown> =>
    ((await import(pathToFileURL(join(libDir, `${code}.js`)).href)) as { default: { strings: unknown } }).default.strings;
  return pairByKey(await load('en_US'), await load('pl_PL')).filter((p) => !/\.[1-9]$/u.test(p.key!));
}

/** PrimeLocale: {en,pl}.json, each { "<code>": {...} }. */
export function readPrimeLocale(pkg: string): MessagePair[] {
  const en = (readJson(join(pkg, 'en.json')) as Record<string, unknown>).en;
  const pl = (readJson(join(pkg, 'pl.json')) as Record<string, unknown>).pl;
  return pairByKey(en, pl);
}

/** CKEditor 5: dist/translations/pl.js, export default { pl: { dictionary: { English: Polish | [forms] } } }. */
export async function readCkeditor(path: string): Promise<MessagePair[]> {
  const mod = (await import(pathToFileURL(path).href)) as { default: { pl: { dictionary: Record<string, string | string[]> } } };
  return Object.entries(mod.default.pl.dictionary).map(([en, pl]) => ({ en, pl: Array.isArray(pl) ? pl[0]! : pl }));
}

/** PHP string literal body: single quotes take only \' and \\; double quotes the usual escapes. */
function phpString(literal: string): string {
  const body = literal.slice(1, -1);
  return literal[0] === "'"
    ? body.replace(/\\(['\\])/gu, '$1')
    : body.replace(/\\(["\\$])/gu, '$1').replace(/\\n/gu, '\n').replace(/\\t/gu, '\t');
}

/**
 * PHP language files made of `$var['key'] = 'text';` lines (Roundcube labels/messages.inc, DokuWiki
 * lang.php; nested keys `$lang['js']['x']` are joined with dots). Non-literal values are skipped.
 */
export function readPhpAssignments(path: string): Map<string, string> {
  const out = new Map<string, string>();
  const text = readFileSync(path, 'utf8');
  const re = /\$\w+((?:\[\s*'[^']*'\s*\])+)\s*=\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*;/gu;
  for (const m of text.matchAll(re)) {
    const key = [...m[1]!.matchAll(/'([^']*)'/gu)].map((k) => k[1]).join('.');
    out.set(key, phpString(m[2]!));
  }
  return out;
}

/** Pairs two PHP language files (English, Polish) by key. */
export function readPhpPair(enPath: string, plPath: string): MessagePair[] {
  if (!existsSync(enPath) || !existsSync(plPath)) return [];
  const en = readPhpAssignments(enPath);
  const pairs: MessagePair[] = [];
  for (const [key, pl] of readPhpAssignments(plPath)) {
    const enText = en.get(key);
    if (enText !== undefined) pairs.push({ key, en: enText, pl });
  }
  return pairs;
}

/** Roundcube webmail: program/localization/{en_US,pl_PL}/{labels,messages}.inc. */
export function readRoundcube(localization: string): MessagePair[] {
  return ['labels.inc', 'messages.inc'].flatMap((f) => readPhpPair(join(localization, 'en_US', f), join(localization, 'pl_PL', f)));
}

/** Every gettext catalogue named like `**\/locale/pl/LC_MESSAGES/*.mo` under root (Django and its contrib apps). */
export function readMoTree(root: string): MessagePair[] {
  const pairs: MessagePair[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.mo') && /[/\\]locale[/\\]pl[/\\]LC_MESSAGES$/u.test(dir)) pairs.push(...readMo(path));
    }
  };
  walk(root);
  return pairs;
}

/**
 * Every .mo file directly in dir (LibreOffice's program/resource/pl/LC_MESSAGES, one file per module), or the
 * given .mo files (GNOME packages' /usr/share/locale/pl/LC_MESSAGES/NAME.mo). Desktop catalogues mark the
 * access key inside the word ("Sa_ve", "~Zapisz"): the mark is not part of the string.
 */
export function readDesktopMo(paths: string[]): MessagePair[] {
  const files = paths.flatMap((p) => (existsSync(p) && statSync(p).isDirectory()
    ? readdirSync(p).filter((f) => f.endsWith('.mo')).sort().map((f) => join(p, f))
    : existsSync(p) ? [p] : []));
  const strip = (text: string): string => text.replace(/~/gu, '').replace(/_(?=\p{L})/gu, '');
  return files.flatMap((f) => readMo(f)).map((pair) => ({ en: strip(pair.en), pl: strip(pair.pl) }));
}

/** Two JSON files of the same shape, English and Polish, paired by key path (DataTables' i18n/en-GB.json and pl.json). */
export function readJsonPair(enPath: string, plPath: string): MessagePair[] {
  return pairByKey(readJson(enPath), readJson(plPath));
}

/** Redmine: config/locales/{en,pl}.yml (Rails i18n YAML, roots "en:" and "pl:"). */
export function readRedmine(locales: string): MessagePair[] {
  const load = (code: string): unknown => (readYaml(join(locales, `${code}.yml`)) as Record<string, unknown>)[code];
  // Date/number formats and Rails error templates are not interface strings.
  return pairByKey(load('en'), load('pl')).filter((p) => !/^(date|time|datetime|number|support|activerecord|errors)\./u.test(p.key!));
}

/**
 * SurveyJS: i18n/{english,polish}.js objects of `key: "text"` lines. Polish messages that the file marks
 * "[Auto-translated]" (machine translations) are skipped.
 */
export function readSurveyJs(i18nDir: string): MessagePair[] {
  const read = (file: string): Map<string, string> => {
    const out = new Map<string, string>();
    let machine = false;
    for (const line of readFileSync(join(i18nDir, file), 'utf8').split('\n')) {
      if (/^\s*\/\//u.test(line)) { machine = /\[Auto-translated\]/u.test(line); continue; }
      const m = line.match(/^\s*(\w+):\s*("(?:[^"\\]|\\.)*")\s*,?\s*$/u);
      if (m && !machine) out.set(m[1]!, JSON.parse(m[2]!) as string);
      machine = false;
    }
    return out;
  };
  const en = read('english.mjs');
  const pairs: MessagePair[] = [];
  for (const [key, pl] of read('polish.mjs')) {
    const enText = en.get(key);
    if (enText !== undefined) pairs.push({ key, en: enText, pl });
  }
  return pairs;
}

/** react-admin: the Polish pack's CommonJS build paired by key with ra-language-english's. */
export function readReactAdmin(polishPkg: string, englishPkg: string): MessagePair[] {
  const req = createRequire(import.meta.url);
  const load = (path: string): unknown => {
    const mod = req(path) as { default?: unknown };
    return mod.default ?? mod;
  };
  const pl = load(join(polishPkg, 'lib/index.js'));
  const en = load(join(englishPkg, 'dist/index.cjs'));
  // "x |||| y" is Polyglot's plural syntax: keep the first form.
  return pairByKey(en, pl).map((p) => ({ ...p, en: p.en.split('||||')[0]!.trim(), pl: p.pl.split('||||')[0]!.trim() }));
}
