// What FreeDict's stored entries still carry that is not a lemma or a sense, taken out before display:
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

// One test per string for everything cleaning takes out (most entries have none of it).
const DIRTY_HEAD = /[/<]/;
const DIRTY_TRANSLATION = /[/<"“„]|^(?:\d{1,2}|[a-h])\.|^[\d.,;:\s-]*$/;

// Cleaned senses by the array the lookup shares between every form of a lemma (has, have, had: one array).
const cleanedSenses = new WeakMap<Sense[], Sense[]>();

/** The entry as displayed: a copy when something had to be taken out, the entry itself otherwise. */
export function cleanEntry(e: DictEntry): DictEntry | null {
  let senses = cleanedSenses.get(e.senses);
  if (!senses) {
    senses = e.senses.some((s) => s.translations.some((t) => DIRTY_TRANSLATION.test(t))) ? cleanSenses(e.senses) : e.senses;
    cleanedSenses.set(e.senses, senses);
  }
  if (senses.length === 0) return null;
  if (senses === e.senses && !DIRTY_HEAD.test(e.headword) && !DIRTY_HEAD.test(e.lemma)) return e;
  return { ...e, headword: cleanHeadword(e.headword), lemma: cleanHeadword(e.lemma), senses };
}
