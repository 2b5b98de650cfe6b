// Structure out of FreeDict's plain-text definitions (as dictfmt renders their TEI), one parser per edition:
//
// pol-eng (WikDict, from Wiktionary):         eng-pol (Piotrowski & Saloni):
//   headword /ipa/ <pos>                         headword /ipa/ <Pos>            headword /ipa/
//   1. translation, translation 2.                 1.  przekład, przekład          I.  <V> 1.  przekład
//   Polish gloss of sense 1                        2.  [context]  przekład (of - z)  2.  przekład
//    3.                                                                          II.  <N>  przekład
//   another Polish gloss of sense 1
//   2. translation                               A single-sense entry has no number ("  przekład"); an example phrase
//   Polish gloss of sense 2                      is a sense line followed by " - its translation".
//
// In pol-eng the numbers after the translation line count the Polish glosses (the translation line takes "1.").
//
// The entry tables store each entry's senses cleaned for display (polEngEntries, engPolEntries: clean-entries.ts),
// so a lookup does not clean them again. The reverse index reads the parsers' raw senses: its keys are built from
// the translations as written.
import type { DictEntry, Sense } from '../../shared/types';
import { oneLine } from '../text/spaces';
import { cleanSenses } from './clean-entries';

export type ParsedEntry = Pick<DictEntry, 'headword' | 'pos' | 'ipa' | 'senses'>;

const HEAD = /^(.*?)(?:\s+\/([^/]*)\/)?(?:\s+<([^>]+)>)?\s*$/;
const POS_NAMES: Record<string, string> = {
  n: 'noun', noun: 'noun', v: 'verb', verb: 'verb', adj: 'adjective', adjective: 'adjective', adv: 'adverb',
  adverb: 'adverb', prep: 'preposition', conj: 'conjunction', pron: 'pronoun', num: 'numeral', int: 'interjection',
  interj: 'interjection', interjection: 'interjection', art: 'article', 'v phras': 'phrasal verb', phrase: 'phrase',
  pn: 'proper noun', propn: 'proper noun', indefinitecardinalnumeral: 'numeral', cardinalnumeral: 'numeral',
  ordinalnumeral: 'numeral', particle: 'particle', postp: 'postposition', det: 'determiner', abbr: 'abbreviation',
  possessiveadjective: 'adjective', participleadjective: 'adjective', indefinitepronoun: 'pronoun',
  personalpronoun: 'pronoun', interrogativepronoun: 'pronoun', numeralfraction: 'numeral',
};

/** dictd's and TEI's part-of-speech labels → one vocabulary ("noun", "verb", "adjective", …). */
export function normalisePos(pos: string | undefined | null): string | null {
  if (!pos) return null;
  const key = pos.trim().toLowerCase();
  return POS_NAMES[key] ?? key;
}

function parseHead(line: string): { headword: string; ipa: string | null; pos: string | null } {
  const m = HEAD.exec(line.trim())!;
  // eng-pol writes abbreviations' spelled-out pronunciation as a template ("ˌ$⋅$ˈ$⋅$"), not IPA: dropped.
  const ipa = m[2]?.trim() || null;
  return { headword: m[1]!.trim(), ipa: ipa && !ipa.includes('$') ? ipa : null, pos: normalisePos(m[3]) };
}

/** "a, b (c, d), e" → ["a", "b (c, d)", "e"]: commas inside brackets do not split. */
export function splitTranslations(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if ((c === ',' || c === ';') && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map(oneLine).filter((t) => t.length > 0);
}

/** A FreeDict pol-eng (WikDict) definition → entry with English senses and the Polish glosses as notes. */
export function parsePolEngDefinition(definition: string): ParsedEntry {
  const lines = definition.split('\n');
  const head = parseHead(lines[0] ?? '');
  const senses: Array<{ translations: string[]; glosses: string[] }> = [];
  for (const raw of lines.slice(1)) {
    if (raw.trim() === '' || /^\s+\d+\.\s*$/.test(raw)) continue; // gloss counter
    const numbered = /^(\d+)\.\s+(.*)$/.exec(raw);
    if (numbered || senses.length === 0) {
      const text = (numbered ? numbered[2]! : raw).replace(/\s+\d+\.\s*$/, '');
      senses.push({ translations: splitTranslations(text), glosses: [] });
    } else {
      senses[senses.length - 1]!.glosses.push(raw.trim().replace(/[;:]$/, ''));
    }
  }
  return {
    ...head,
    senses: senses
      .filter((s) => s.translations.length > 0)
      .map((s) => ({ translations: s.translations, note: s.glosses.length ? s.glosses.join('; ') : null })),
  };
}

/** One eng-pol sense line: "[context]  przekład, przekład (of - z)" → translations and the bracketed notes. */
function engPolSense(text: string): Sense | null {
  const notes: string[] = [];
  let rest = text.replace(/^\s*\[([^\]]*)\]\s*/, (_, ctx: string) => {
    notes.push(ctx.trim());
    return '';
  });
  // Idarex cross-reference codes such as "(:out% of :print)" are for the print edition's index: dropped.
  rest = rest.replace(/\s*\((?:[^()]*\s)?:[^()\s][^()]*\)/g, '');
  rest = rest.replace(/See also:\s*\{([^}]*)\}/g, (_, ref: string) => {
    notes.push(`see ${ref}`);
    return '';
  });
  // Trailing usage notes "(from - od)  (a country - z kraju)" describe government, not separate translations.
  rest = rest.replace(/\s*\(([^()]*\s-\s[^()]*)\)/g, (_, usage: string) => {
    notes.push(usage.trim());
    return '';
  });
  const translations = splitTranslations(rest);
  if (translations.length === 0) return notes.length ? { translations: [], note: notes.join('; ') } : null;
  return { translations, note: notes.length ? notes.join('; ') : null };
}

/** A FreeDict eng-pol definition → one entry per part-of-speech group (I., II., …). */
export function parseEngPolDefinition(definition: string): ParsedEntry[] {
  const lines = definition.split('\n');
  const head = parseHead(lines[0] ?? '');
  const groups: ParsedEntry[] = [];
  let group: ParsedEntry | null = null;
  const current = (): ParsedEntry => {
    if (!group) {
      group = { ...head, senses: [] };
      groups.push(group);
    }
    return group;
  };
  let pendingNote: string | null = null;
  for (const raw of lines.slice(1)) {
    let line = raw.trim();
    if (line === '') continue;
    const roman = /^([IVX]+)\.\s*(?:<([^>]+)>)?\s*(.*)$/.exec(line);
    if (roman) {
      group = { ...head, pos: normalisePos(roman[2]) ?? head.pos, senses: [] };
      groups.push(group);
      line = roman[3]!.trim();
      if (line === '') continue;
    }
    const target = current();
    const example = /^-\s+(.*)$/.exec(line);
    if (example) {
      // " - translation" belongs to the example phrase on the line before, which becomes its note.
      const last = target.senses[target.senses.length - 1];
      const translations = splitTranslations(example[1]!);
      if (last) {
        last.note = [...last.translations, last.note].filter(Boolean).join(' ');
        last.translations = translations;
      } else target.senses.push({ translations, note: null });
      continue;
    }
    line = line.replace(/^\d+\.\s*/, '');
    const sense = engPolSense(line);
    if (!sense) continue;
    if (sense.translations.length === 0) {
      pendingNote = sense.note;
      continue;
    }
    if (pendingNote) {
      sense.note = sense.note ? `${pendingNote}; ${sense.note}` : pendingNote;
      pendingNote = null;
    }
    target.senses.push(sense);
  }
  return groups.filter((g) => g.senses.length > 0);
}

/** A parsed entry with its senses as displayed; an entry left without senses is dropped. */
function cleaned(entry: ParsedEntry): ParsedEntry[] {
  const senses = cleanSenses(entry.senses);
  return senses.length > 0 ? [{ ...entry, senses }] : [];
}

/** A pol-eng definition → its entry as the entry table stores it (senses cleaned), or none. */
export function polEngEntries(definition: string): ParsedEntry[] {
  return cleaned(parsePolEngDefinition(definition));
}

/** An eng-pol definition → its entries as the entry table stores them (senses cleaned). */
export function engPolEntries(definition: string): ParsedEntry[] {
  return parseEngPolDefinition(definition).flatMap(cleaned);
}
