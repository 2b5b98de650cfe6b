// What FreeDict's entries carry that is not a lemma or a sense, taken out before display (senses when the tables
// are built, scripts/fetch-dictionaries.ts; headwords and lemmas at lookup):
//   - IPA and HTML after a headword ("w /f/ /v/", "aktualizacja /ˌaktu<sup>w</sup>alʲiˈzaʦ̑ʲja/"): the parser took
//     one /ipa/ only, and none with markup inside;
//   - numbering left on translations ("a. aby, żeby", a bare "b.", "1. a. ten, tamten");
//   - example phrases read as senses ("\"to love\" - kochać"): kept as the note of the sense before;
//   - spelled-out pronunciations inside compound headwords ("video recorder /ˈvɪdɪəʊ rɪˌkɔ:də/ magnetowid").
// Pure and bounded: one pass of simple regular expressions over each string.
import type { DictEntry, Sense } from '../../shared/types';
import { oneLine } from '../text/spaces';

const IPA_TAIL = /\s+\/[^]*$/; // from the first " /" on: pronunciations follow the headword
const HTML_TAG = /<[^<>]{0,40}>/g;
const NUMBERING = /^(?:(?:\d{1,2}|[a-h])\.\s*)+/; // "1. a. ", "b. "
const INLINE_IPA = /\s+\/[^/\s][^/]{0,80}\//g;
const EXAMPLE = /^["“„].{0,200}["”]\s+-\s+/; // "to love" - kochać

/** A lemma or headword without pronunciations and markup. */
export function cleanHeadword(text: string): string {
  const cleaned = text.replace(HTML_TAG, '').replace(IPA_TAIL, '').trim();
  return cleaned || text;
}

function cleanTranslation(t: string): string {
  // Each step only where its mark is there: most translations need one step or none.
  if (t.includes('<')) t = t.replace(HTML_TAG, '');
  t = t.trim();
  if (NUMBERING.test(t)) t = t.replace(NUMBERING, '');
  if (t.includes(' /')) t = oneLine(t.replace(INLINE_IPA, ' '));
  return t;
}

/** Senses with numbering and pronunciations taken out; example senses become the note of the sense before. */
export function cleanSenses(senses: Sense[]): Sense[] {
  const out: Sense[] = [];
  // Notes are added to a copy of the sense before: the senses given are shared (the lookup caches them).
  const addNote = (note: string) => {
    const last = out[out.length - 1];
    if (last) out[out.length - 1] = { translations: last.translations, note: last.note ? `${last.note}; ${note}` : note };
  };
  for (const s of senses) {
    if (!s.translations.some((t) => DIRTY_TRANSLATION.test(t))) {
      out.push(s);
      continue;
    }
    const c = s.translations[0]!.charCodeAt(0);
    if ((c === 34 || c === 0x201c || c === 0x201e) && EXAMPLE.test(s.translations.join(', '))) {
      addNote(s.translations.join(', '));
      continue;
    }
    const translations = s.translations.map(cleanTranslation).filter((t) => t.length > 0 && !/^[\d.,;:\s-]*$/.test(t));
    if (translations.length === 0) {
      // A bare "b." numbers a following example: its note (if any) goes to the sense before.
      if (s.note) addNote(s.note);
      continue;
    }
    out.push({ translations, note: s.note ? s.note.replace(HTML_TAG, '') : null });
  }
  return out;
}

const DIRTY_HEAD = /[/<]/;
const DIRTY_TRANSLATION = /[/<"“„]|^(?:\d{1,2}|[a-h])\.|^[\d.,;:\s-]*$/;

/**
 * The entry as displayed: a copy when its headword or lemma had to be cleaned, the entry itself otherwise. Its
 * senses are not looked at: the entry tables and the reverse index store them cleaned (scripts/fetch-dictionaries.ts
 * runs cleanSenses), which saves a scan of every translation per first-time lookup (a long entry such as "in"
 * has over a hundred). The headword stays as stored, since the lookup compares it with the text looked up.
 */
export function cleanEntry(e: DictEntry): DictEntry | null {
  if (e.senses.length === 0) return null;
  if (!DIRTY_HEAD.test(e.headword) && !DIRTY_HEAD.test(e.lemma)) return e;
  return { ...e, headword: cleanHeadword(e.headword), lemma: cleanHeadword(e.lemma) };
}
