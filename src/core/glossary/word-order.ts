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

// Heads of quantity and collection: English says "number of comments", not "comment number".
const OF_HEADS = new Set(['liczba', 'ilość', 'część', 'zestaw', 'zbiór', 'kolekcja', 'grupa']);

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
  const agrees = (a: Piece, b: Piece | undefined | null): boolean => !!b?.word && [...a.word!.form.readings].some((r) => b.word!.form.readings.has(r));
  run.forEach((p, k) => {
    const role = p.word?.role ?? 'other';
    // An adjective in the case of the next noun and not of the head before it opens the next phrase
    // ("Akademia | Nowoczesnego Patriotyzmu"); otherwise it is postposed to that head ("Pole obowiązkowe").
    const next = run[k + 1];
    const opensNext = role === 'adj' && current.head && next?.word?.role === 'noun' && agrees(p, next) && !agrees(p, current.head);
    if (role === 'other' || (role === 'noun' && current.head) || opensNext) {
      if (current.pieces.length) phrases.push(current);
      current = { pieces: [], head: null };
      if (role === 'other') { phrases.push({ pieces: [p], head: null }); return; }
    }
    current.pieces.push(p);
    if (role === 'noun') current.head = p;
  });
  if (current.pieces.length) phrases.push(current);

  const english = (np: { pieces: Piece[]; head: Piece | null }, plural: boolean): string => {
    if (!np.head) return np.pieces.map((p) => p.en).join(' ');
    const adjs = np.pieces.filter((p) => p !== np.head).map((p) => p.en);
    return [...adjs, plural ? pluraliseEnglish(np.head.en) : np.head.en].join(' ');
  };
  const isGenitive = (np: { head: Piece | null }): boolean => !!np.head && np.head.word!.form.readings.has('gen:sg') || !!np.head?.word!.form.readings.has('gen:pl');
  // After a preposition the case is governed ("do kasy" is genitive singular): plural only when no singular reading is left.
  // (A verb's object is left to the label rule: "Zobacz wydania" is accusative plural, "Szukasz mieszkania"
  // genitive singular, and which a verb takes is the dictionary's valency, not known here.)
  const governed = afterPreposition;
  const onlyPlural = (np: { head: Piece | null }): boolean => {
    const r = np.head?.word?.form.readings;
    if (!r || np.head!.word!.fixedNumber) return false;
    if (governed) return [...r].every((x) => x.endsWith(':pl'));
    return (r.has('nom:pl') || r.has('acc:pl')) && !r.has('nom:sg') && !r.has('acc:sg');
  };

  const out: string[] = [];
  for (let i = 0; i < phrases.length; ) {
    const np = phrases[i]!;
    let j = i + 1;
    if (np.head) while (j < phrases.length && isGenitive(phrases[j]!)) j++;
    // Genitive modifiers stay singular ("Historia zamówień" → "order history"), between the head's own
    // adjectives and the head ("Nowa lista zakupów" → "new shopping list").
    const genitives = phrases.slice(i + 1, j);
    // "N of N": after a head of quantity or collection ("Liczba komentarzy" → "number of comments", the
    // genitive in its own number), or when a genitive has adjectives of its own ("Akademia Nowoczesnego
    // Patriotyzmu" → "academy of modern patriotism"), which an English compound would stack.
    const ofHead = np.head && np.head.word!.form.lemmas.some((l) => OF_HEADS.has(l));
    if (genitives.length && np.head && (ofHead || genitives.some((g) => g.pieces.length > 1))) {
      const plural = (g: typeof np): boolean => !!ofHead && !!g.head && !g.head.word!.fixedNumber && g.head.word!.form.readings.has('gen:pl') && !g.head.word!.form.readings.has('gen:sg');
      out.push(english(np, onlyPlural(np)), 'of', ...genitives.map((g) => english(g, plural(g))));
      i = j;
      continue;
    }
    const modifiers = genitives.reverse().map((m) => english(m, false));
    if (modifiers.length && np.head) {
      const adjs = np.pieces.filter((p) => p !== np.head).map((p) => p.en);
      out.push(...adjs, ...modifiers, english({ pieces: [np.head], head: np.head }, onlyPlural(np)));
    } else out.push(...modifiers, english(np, onlyPlural(np)));
    i = j;
  }
  return out;
}
