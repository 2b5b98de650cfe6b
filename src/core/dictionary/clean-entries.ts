// What FreeDict's stored entries still carry that is not a lemma or a sense, taken out before display:
//   - IPA and HTML after a headword ("w /f/ /v/", "aktualizacja /ˌaktu<sup>w</sup>alʲiˈzaʦ̑ʲja/"): the parser took
//     one /ipa/ only, and none with markup inside;
//   - numbering left on translations ("a. aby, żeby", a bare "b.", "1. a. ten, tamten");
//   - example phrases read as senses ("\"to love\" - kochać"): kept as the note of the sense before;
//   - spelled-out pronunciations inside compound headwords ("video recorder /ˈvɪdɪəʊ rɪˌkɔ:də/ magnetowid").
// Pure and bounded: one pass of simple regular expressions over each string.
import type { DictEntry, Sense } from '../../shared/types';

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
  return t.replace(HTML_TAG, '').trim().replace(NUMBERING, '').replace(INLINE_IPA, ' ').replace(/\s+/g, ' ').trim();
}

/** Senses with numbering and pronunciations taken out; example senses become the note of the sense before. */
export function cleanSenses(senses: Sense[]): Sense[] {
  const out: Sense[] = [];
  for (const s of senses) {
    const joined = s.translations.join(', ');
    if (EXAMPLE.test(joined)) {
      const last = out[out.length - 1];
      if (last) last.note = last.note ? `${last.note}; ${joined}` : joined;
      continue;
    }
    const translations = s.translations.map(cleanTranslation).filter((t) => t.length > 0 && !/^[\d.,;:\s-]*$/.test(t));
    if (translations.length === 0) {
      // A bare "b." numbers a following example: its note (if any) goes to the sense before.
      const last = out[out.length - 1];
      if (last && s.note) last.note = last.note ? `${last.note}; ${s.note}` : s.note;
      continue;
    }
    out.push({ translations, note: s.note ? s.note.replace(HTML_TAG, '') : null });
  }
  return out;
}

/** Does any field of the entry still hold what cleaning takes out? (Skips copying clean entries.) */
function isClean(e: DictEntry): boolean {
  if (/[/<]/.test(e.headword) || /[/<]/.test(e.lemma)) return false;
  for (const s of e.senses) {
    for (const t of s.translations) if (/[/<"“„]/.test(t) || NUMBERING.test(t) || /^[\d.,;:\s-]*$/.test(t)) return false;
  }
  return true;
}

/** The entry as displayed: a copy when something had to be taken out, the entry itself otherwise. */
export function cleanEntry(e: DictEntry): DictEntry | null {
  if (isClean(e)) return e;
  const senses = cleanSenses(e.senses);
  if (senses.length === 0) return null;
  return { ...e, headword: cleanHeadword(e.headword), lemma: cleanHeadword(e.lemma), senses };
}
