// `glosa lookup`: look words and phrases up in the offline dictionaries.
//   glosa lookup [--from pl|en] [--json] WORD...      one query of all the words (a phrase of up to six)
//   glosa lookup --stdin [--from pl|en] --json        one query per input line, one JSON object per output line
// A --stdin line is a word or phrase, or a JSON object with the word in its sentence:
//   {"word": "left", "sentence": "Turn left at the next junction.", "from": "en", "offset": 5}
// (sentence, from and offset optional); the answer then adds best: {lemma, pos, sense}, the sense shown first.
import type { Lang, LookupQuery, LookupResult } from '../../shared/types';
import { loadLookupService } from '../../node/dictionaries';
import type { Command } from '../command';
import { parseArgs, UsageError } from '../io';

function jsonLine(result: LookupResult): string {
  const { query, lang, matched, entries, best } = result;
  return JSON.stringify(best ? { query, lang, matched, best, entries } : { query, lang, matched, entries });
}

const MAX_LINE = 4000;

/** One --stdin line as a query: plain text, or a JSON object with word, sentence, from and offset. */
export function queryOfLine(line: string, lang: Lang | 'auto'): LookupQuery {
  const text = line.trim();
  if (!text.startsWith('{')) return { text, lang };
  if (text.length > MAX_LINE) throw new UsageError(`a JSON line is longer than ${MAX_LINE} characters`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`not a JSON object: ${text.slice(0, 60)}`);
  }
  const o = value as Record<string, unknown>;
  if (!o || typeof o !== 'object' || typeof o.word !== 'string' || !o.word.trim()) throw new UsageError('a JSON line needs "word" (a string)');
  if (o.sentence !== undefined && typeof o.sentence !== 'string') throw new UsageError('"sentence" must be a string');
  if (o.from !== undefined && o.from !== 'pl' && o.from !== 'en' && o.from !== 'auto') throw new UsageError('"from" must be pl, en or auto');
  if (o.offset !== undefined && !(typeof o.offset === 'number' && Number.isInteger(o.offset) && o.offset >= 0)) throw new UsageError('"offset" must be a whole number');
  return {
    text: o.word.trim(),
    lang: (o.from as Lang | 'auto' | undefined) ?? lang,
    ...(o.sentence ? { sentence: o.sentence } : {}),
    ...(o.offset !== undefined ? { offset: o.offset as number } : {}),
  };
}

/** A readable listing of one result. */
function listing(result: LookupResult): string {
  if (result.entries.length === 0) return `${result.query}: not found`;
  const lines = [`${result.matched} (${result.lang})`];
  for (const e of result.entries) {
    const head = [e.headword, e.ipa ? `/${e.ipa}/` : null, e.pos ? `[${e.pos}]` : null].filter(Boolean).join(' ');
    lines.push(`  ${head}  — ${e.dictionary}, ${e.match}${e.formNote ? `: ${e.formNote}` : ''}`);
    e.senses.forEach((s, i) => {
      lines.push(`    ${i + 1}. ${s.translations.join(', ')}${s.note ? `  (${s.note})` : ''}`);
    });
  }
  return lines.join('\n');
}

export const command: Command = {
  summary: 'look a word or phrase up in the offline dictionaries (Polish ↔ English)',
  usage: 'glosa lookup [--from pl|en] [--json] WORD...\n       glosa lookup --stdin [--from pl|en] --json',
  async run(argv, io) {
    const { flags, words } = parseArgs(argv, { switches: ['json', 'stdin'], valued: ['from'] });
    const from = flags.get('from') ?? 'auto';
    if (from !== 'auto' && from !== 'pl' && from !== 'en') throw new UsageError(`--from must be pl or en, not "${String(from)}"`);
    const lang = from as Lang | 'auto';
    const json = flags.has('json');
    const stdin = flags.has('stdin');
    if (stdin && words.length > 0) throw new UsageError('give words or --stdin, not both');
    if (stdin && !json) throw new UsageError('--stdin needs --json (one JSON object per line)');
    if (!stdin && words.length === 0) throw new UsageError('nothing to look up (give a word, or --stdin)');

    const service = await loadLookupService();
    if (stdin) {
      const lines = (await io.readStdin()).split(/\r?\n/);
      if (lines[lines.length - 1] === '') lines.pop();
      const out: string[] = [];
      for (const line of lines) out.push(jsonLine(service.lookup(queryOfLine(line, lang))));
      if (out.length) io.out(out.join('\n'));
      return 0;
    }
    const result = service.lookup({ text: words.join(' '), lang });
    io.out(json ? jsonLine(result) : listing(result));
    return 0;
  },
};
