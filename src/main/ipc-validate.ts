// Shape checks for every IPC call's arguments, one per method of the bridge contract. Main rejects a
// call whose arguments do not fit before any handler sees it: a compromised renderer gets nothing.
import * as valibot from 'valibot';
import { GLOSSARY_ARTICLE_CHARS, type ApiMethod } from '../shared/api';
import { MAX_PATH_LENGTH, patchSchema, PrintOptionsSchema, UI_LANGS, WindowSettingsSchema } from '../shared/settings';
import type { ChromeItem } from '../shared/types';

type Check = (value: unknown) => boolean;

const MAX_TEXT = 2_000;
const str = (max = MAX_TEXT): Check => (v) => typeof v === 'string' && v.length <= max;
const nullable = (check: Check): Check => (v) => v === null || check(v);
const oneOf = (...values: string[]): Check => (v) => typeof v === 'string' && values.includes(v);
const exactly = (value: unknown): Check => (v) => v === value;
const bool: Check = (v) => typeof v === 'boolean';
const wholeNumber = (max: number): Check => (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
const plainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** An object whose keys are all known and whose present values pass their checks. */
const shape = (fields: Record<string, Check>, required: string[] = []): Check => (v) =>
  plainObject(v) &&
  Object.keys(v).every((k) => Object.hasOwn(fields, k) && fields[k]!(v[k])) &&
  required.every((k) => Object.hasOwn(v, k));

/** Plain data: every object in it, two levels deep, is a plain object or an array (no Date, Map or class). */
const plainData = (v: unknown, depth = 2): boolean =>
  typeof v !== 'object' || v === null ||
  (depth > 0 && (Array.isArray(v) || plainObject(v)) && Object.values(v).every((x) => plainData(x, depth - 1)));
/** A plain object that fits a schema of the settings (src/shared/settings.ts). */
const fits = (schema: valibot.GenericSchema): Check => (v) => plainObject(v) && plainData(v) && valibot.is(schema, v);

// No `recent`: the recent list is main's record of what the user opened, never the renderer's to write.
const settingsPatch = fits(patchSchema(WindowSettingsSchema));
const printOptions = fits(PrintOptionsSchema);
const pdfExport = fits(valibot.strictObject({
  ...PrintOptionsSchema.entries,
  title: valibot.pipe(valibot.string(), valibot.maxLength(500)),
  source: valibot.pipe(valibot.string(), valibot.maxLength(MAX_PATH_LENGTH)),
}));
const notebookDraft = shape(
  {
    text: str(500), lemma: str(500), lang: oneOf('pl', 'en'), translation: str(), context: str(),
    sourceTitle: str(), sourcePath: str(4096), note: str(),
  },
  ['text', 'lemma', 'lang', 'translation', 'context', 'sourceTitle', 'sourcePath', 'note'],
);
const notebookEntry = shape(
  {
    id: str(100), text: str(500), lemma: str(500), lang: oneOf('pl', 'en'), translation: str(), context: str(),
    sourceTitle: str(), sourcePath: str(4096), note: str(), created: str(40), updated: str(40),
  },
  ['id', 'text', 'lemma', 'lang', 'translation', 'context', 'sourceTitle', 'sourcePath', 'note', 'created', 'updated'],
);

// Typed by ChromeItem's own keys: a field the pipeline adds fails to compile here until the check knows it
// (an unknown field makes main refuse the whole glossary).
const CHROME_ITEM_FIELDS: Record<keyof ChromeItem, Check> = {
  text: str(), kind: str(20), link: bool, headline: bool, hidden: bool, choice: bool, image: bool, pageLang: oneOf('pl', 'en'),
};

const ARGUMENTS: Record<ApiMethod, Check[]> = {
  initialDocument: [],
  openDocument: [nullable(str(4096))],
  lookup: [shape({ text: str(200), lang: oneOf('pl', 'en', 'auto'), sentence: str(1000), offset: wholeNumber(1000) }, ['text', 'lang'])],
  gloss: [(v) => Array.isArray(v) && v.length <= 5_000 && v.every(str(500))],
  glossary: [(v) => Array.isArray(v) && v.length <= 20_000 && v.every(shape(CHROME_ITEM_FIELDS, ['text', 'kind'])), str(GLOSSARY_ARTICLE_CHARS)],
  getSettings: [],
  storageStatus: [],
  setSettings: [settingsPatch],
  getLocale: [nullable(oneOf(...UI_LANGS))],
  openExternal: [str(4096)],
  print: [printOptions],
  exportPdf: [pdfExport],
  saveText: [str(200), str(20_000_000)],
  lemmasOf: [(v) => Array.isArray(v) && v.length <= 20_000 && v.every(str(100))],
  notebookList: [],
  notebookSave: [notebookDraft],
  notebookUpdate: [str(100), shape({ translation: str(), note: str() })],
  notebookDelete: [str(100)],
  notebookRestore: [notebookEntry],
  notebookExport: [oneOf('tsv', 'csv', 'md')],
  notebookImport: [],
  printReady: [(v) => shape({ ok: exactly(true), title: str(500), source: str(MAX_PATH_LENGTH) }, ['ok', 'title', 'source'])(v) ||
    shape({ ok: exactly(false), message: str() }, ['ok', 'message'])(v)],
};

/** Do these arguments fit the method's signature? Unknown methods never do. */
export function validArguments(method: string, args: unknown[]): method is ApiMethod {
  if (!Object.prototype.hasOwnProperty.call(ARGUMENTS, method)) return false;
  const checks = ARGUMENTS[method as ApiMethod];
  return args.length === checks.length && checks.every((check, i) => check(args[i]));
}
