// English word order for a run of Polish content words glossed one by one.
import { pluraliseEnglish } from './english-plural';
import type { WordForm } from './word-form';

/** One piece of a composed gloss: a catalogue phrase, a function word, or a content word to order. */
export interface Piece {
  en: string;
  /** A proper name or other text kept as it is written (not lowercased). */
  kept?: boolean;
  /** A preposition: the case of the words after it is governed, not the label's own. */
  preposition?: boolean;
  word?: { form: WordForm; role: 'noun' | 'adj' | 'other'; fixedNumber: boolean };
}

/**
 * English order for a run of content words glossed one by one: a postposed adjective goes before its
 * noun ("Pole obowiązkowe" → "obligatory field"), a noun followed by genitive noun phrases becomes an
 * English compound with the genitives first ("Numer telefonu" → "telephone number", "Ochrona danych
 * osobowych" → "personal data protection"), and a head noun that can only be plural here is plural.
 */
export function orderRun(run: Piece[], afterPreposition: boolean): string[] {
  // Noun phrases: adjectives* noun adjectives*.
  const phrases: Array<{ pieces: Piece[]; head: Piece | null }> = [];
  let current: { pieces: Piece[]; head: Piece | null } = { pieces: [], head: null };
  for (const p of run) {
    const role = p.word?.role ?? 'other';
    if (role === 'other' || (role === 'noun' && current.head)) {
      if (current.pieces.length) phrases.push(current);
      current = { pieces: [], head: null };
      if (role === 'other') { phrases.push({ pieces: [p], head: null }); continue; }
    }
    current.pieces.push(p);
    if (role === 'noun') current.head = p;
  }
  if (current.pieces.length) phrases.push(current);

  const english = (np: { pieces: Piece[]; head: Piece | null }, plural: boolean): string => {
    if (!np.head) return np.pieces.map((p) => p.en).join(' ');
    const adjs = np.pieces.filter((p) => p !== np.head).map((p) => p.en);
    return [...adjs, plural ? pluraliseEnglish(np.head.en) : np.head.en].join(' ');
  };
  const isGenitive = (np: { head: Piece | null }): boolean => !!np.head && np.head.word!.form.readings.has('gen:sg') || !!np.head?.word!.form.readings.has('gen:pl');
  // After a preposition the case is governed ("do kasy" is genitive singular): plural only when no singular reading is left.
  const onlyPlural = (np: { head: Piece | null }): boolean => {
    const r = np.head?.word?.form.readings;
    if (!r || np.head!.word!.fixedNumber) return false;
    if (afterPreposition) return [...r].every((x) => x.endsWith(':pl'));
    return (r.has('nom:pl') || r.has('acc:pl')) && !r.has('nom:sg') && !r.has('acc:sg');
  };

  const out: string[] = [];
  for (let i = 0; i < phrases.length; ) {
    const np = phrases[i]!;
    let j = i + 1;
    if (np.head) while (j < phrases.length && isGenitive(phrases[j]!)) j++;
    // Genitive modifiers stay singular ("Historia zamówień" → "order history").
    const modifiers = phrases.slice(i + 1, j).reverse().map((m) => english(m, false));
    out.push(...modifiers, english(np, onlyPlural(np)));
    i = j;
  }
  return out;
}
