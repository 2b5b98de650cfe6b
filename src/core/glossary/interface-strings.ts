// Which chrome strings are Polish interface strings, by evidence rather than by where they sit. A page's chrome
// (what extraction left out) also holds headlines of other articles, comments, names, captions and prose; the
// glossary lists only strings that are
// - Polish by their own words (Polish letters, function words, the dictionaries), the page's language a hint only;
// - and interface by evidence: a catalogue phrase; or short and not a name; or a sentence that speaks to the
//   reader (first/second person, an imperative) or about the site (cookies, account, newsletter...).
// Long linked strings are headlines of other pages. Values are cut off labels ("242 osoby wydrukowały",
// "Komentarze (9)", "Autor: Jan Nowak"), and long notices are split into sentences, one row each.
import type { ChromeItem, GlossEntry } from '../../shared/types';
import { words as wordsOf } from '../language';
import { buildGlossary, type GlossaryDeps } from './glossary';
import { cleanDisplayText, normaliseKey, splitControls } from './normalise';
import { polishReadings } from './names';
import { letterRunsOf } from '../text/words';

export interface InterfaceSelection {
  /** Interface strings, one per control or sentence, each with the evidence of its place. */
  ui: ChromeItem[];
  /** Other text around the article (headlines, names, captions, prose), distinct, in page order. */
  other: string[];
}

const POLISH_LETTER = /[ąćęłńóśźż]/i;
const POLISH_FUNCTION = new Set('i w we na z ze do nie się że jest o po za od dla przez przy lub oraz ale czy już są jak co to'.split(' '));
// Nouns and verbs that interface text uses to talk about the site itself.
const SITE_WORDS = new Set(
  ('komentarz komentować użytkownik portal serwis strona witryna newsletter cookie cookies ciasteczko dane osobowy ' +
    'prywatność regulamin zgoda przeglądarka reklama subskrypcja prenumerata subskrybować konto hasło logowanie zalogować ' +
    'wylogować zarejestrować rejestracja e-mail email formularz plik pobrać link wiadomość forum post redakcja treść ' +
    'artykuł powiadomienie ustawienie polityka przetwarzanie administrator rodo newsletterze darowizna wesprzeć wpis ' +
    'opublikować udostępnić udostępnianie wydanie biuletyn internet aplikacja urządzenie').split(' '),
);
// Verbs of using a site, whose imperatives are interface ("Zaloguj się", "Kliknij", "Dowiedz się więcej").
const INTERFACE_VERBS = new Set(
  ('logować zalogować wylogować rejestrować zarejestrować klikać kliknąć sprawdzać sprawdzić widzieć zobaczyć oglądać ' +
    'obejrzeć czytać przeczytać dołączać dołączyć zapisywać zapisać wpisywać wpisać podawać podać wybierać wybrać ' +
    'pobierać pobrać udostępniać udostępnić komentować skomentować obserwować śledzić subskrybować zasubskrybować ' +
    'zamawiać zamówić kupować kupić włączać włączyć wyłączać wyłączyć akceptować zaakceptować zgadzać zgodzić ' +
    'dowiadywać dowiedzieć kontaktować skontaktować pisać napisać wysyłać wysłać odwiedzać odwiedzić słuchać posłuchać ' +
    'zgłaszać zgłosić przesyłać przesłać lubić polubić wspierać wesprzeć przechodzić przejść wracać wrócić odświeżać ' +
    'odświeżyć próbować spróbować dodawać dodać usuwać usunąć edytować zmieniać zmienić aktualizować zaktualizować ' +
    'instalować zainstalować otwierać otworzyć zamykać zamknąć pokazywać pokazać ukrywać ukryć szukać wyszukać ' +
    'znajdować znaleźć zostawiać zostawić oceniać ocenić głosować zagłosować zapoznawać zapoznać potwierdzać potwierdzić ' +
    'anulować resetować zresetować przypominać przypomnieć odpowiadać odpowiedzieć korzystać skorzystać kontynuować ' +
    'rozwijać rozwinąć zwijać zwinąć drukować wydrukować przekazywać przekazać wpłacać wpłacić dzwonić zadzwonić ' +
    'zapraszać zaprosić poznawać poznać odkrywać odkryć uzyskać prenumerować zaprenumerować kopiować skopiować ' +
    'zarządzać pamiętać zapamiętać wyrażać wyrazić wycofać wycofywać słuchać oglądać wypełnić wypełniać ' +
    'przewijać przewinąć powiadomić zapytać pytać').split(' '),
);
const SECOND_PERSON_WORDS = new Set('ty cię ci tobie twój twoja twoje twoich twoim twojej wy was wam wasz wasza wasze państwo my nas nam nami nasz nasza nasze naszych naszym naszej naszego ciebie tobą wami waszych waszym'.split(' '));
const MAX_UI_WORDS_PLAIN = 4; // up to this many words a string needs no more evidence than "Polish and not a name"
const MAX_LINK_WORDS = 4; // a linked string longer than this is a headline of another page
const MAX_SENTENCE_WORDS = 40;
// Values, not labels: counts, dates, times, "(9)".
const VALUE = /^(?:\(?\d[\d\s.,:/-]*\)?|\d{1,2}\s+\p{L}+\s+\d{4}|\d{4}[-./]\d{1,2}[-./]\d{1,2})$/u;
const LEADING_VALUE = /^\(?\d[\d\s.,]*\)?\s+(?=\p{L})/u;
// A leading number that is not a count of what follows but part of a title: an ordinal ("6. Dzielnica"), a day
// before its month ("4 maja to …"), or a number before a name in sentence case ("10 tematów Klubu …", "8 urodziny
// Do Rzeczy"): cutting it off leaves a fragment, not a label.
const LEADING_ORDINAL = /^\d{1,3}\.\s+\p{Lu}/u;
const LEADING_DAY = new RegExp(`^\\d{1,2}\\s+(?:${'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia'})\\s+\\p{L}`, 'iu');
const LOWER_THEN_NAME = /^\p{Ll}[^\s]*(?:\s+\S+){0,3}\s+\p{Lu}\p{Ll}/u;
// A count with a short unit closes a label too: "przeczytanie zajmie 4 min", "Czas: 30 min.".
const TRAILING_VALUE = /(?<=\p{L}[:.]?)\s*(?:[-–—|]\s*)?\(?\d[\d\s.,:/-]*\)?(?:\s?(?:min|godz|sek|s|h|zł|PLN|km|kg|g|ml|l|proc|%)\.?)?$/u;
// An e-mail or web address closing a notice ("…zawiadom nas o tym redakcja@example.pl", "iw@com") is a value, like a count.
const TRAILING_ADDRESS = /(?<=\p{L})\s+(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}|(?:https?:\/\/|www\.)\S{1,200})\.?$/u;
// Sentence ends: . ! ? followed by a capital; a short word before the dot is an abbreviation ("m.in.", "tys.", "ul.").
// A lowercase start after the stop also ends a sentence (notices pasted together: "…użytkowników. mogą też…"),
// unless the word before is a common abbreviation ("proc.", "godz.").
const SENTENCE_END = /(?<=[^\s.]{4,}[.!?]|[!?])\s+(?=[„"«(]?\p{Lu})|(?<=\p{Ll}{4,}[.!?])(?=\p{Lu}\p{Ll})|(?<=\p{Ll}{5,}\.)\s+(?=\p{Ll}{3,}\s)(?<!(?:proc|godz|tzw|ang|łac|pkt|art|woj|pow|gm|red|oprac)\.\s+)/u;

// A salutation that opens a notice ("Szanowny Użytkowniku, Na naszych stronach…", "Drogi Czytelniku, Prosimy…"):
// up to three words and a comma before a capitalised sentence. It is a row of its own, as "Drogi Użytkowniku!" is.
const SALUTATION = /^(\p{Lu}\p{Ll}+(?:\s+\p{L}\p{Ll}+){0,2},)\s+(?=\p{Lu}\p{Ll})/u;

export function splitSentences(text: string): string[] {
  if (text.length > 20_000) text = text.slice(0, 20_000);
  const salutation = SALUTATION.exec(text);
  const head = salutation ? [salutation[1]!] : [];
  const rest = salutation ? text.slice(salutation[0].length) : text;
  return [...head, ...rest.split(SENTENCE_END)].map((s) => s.trim()).filter(Boolean);
}

/** A label's value cut off: counts and dates before or after the words, "Autor: X" → "Autor:". */
export function stripValues(text: string): string {
  if (text.length > 300) return text.trim(); // values belong to short labels; and the patterns stay linear
  const lead = LEADING_VALUE.exec(text);
  const rest = lead ? text.slice(lead[0].length) : text;
  const partOfTitle = lead && (LEADING_ORDINAL.test(text) || LEADING_DAY.test(text) || LOWER_THEN_NAME.test(rest));
  let t = (partOfTitle ? text : rest).replace(TRAILING_ADDRESS, '');
  if (/\p{L}/u.test(t.replace(TRAILING_VALUE, ''))) t = t.replace(TRAILING_VALUE, '');
  return t.trim();
}

interface WordFacts {
  /** Lowercase lemmas (common words); empty for names and unknown words. */
  common: string[];
  /** A Polish form (any lemma at all). */
  polish: boolean;
  /** Speaks to the reader or for the site: 1st/2nd person verb forms and imperatives. */
  personal: boolean;
}

function wordFacts(word: string, deps: GlossaryDeps): WordFacts {
  const lower = word.toLowerCase();
  const facts: WordFacts = { common: [] as string[], polish: false, personal: SECOND_PERSON_WORDS.has(lower) };
  const lookup = deps.lookup;
  if (!lookup) return { ...facts, polish: POLISH_LETTER.test(word) || POLISH_FUNCTION.has(lower), common: [lower] };
  let analyses = lookup.lemmas(lower, 'pl');
  // A compound with a prefix the dictionary lacks ("e-wydanie", "techno-republikanizm") is its last part's word.
  const hyphen = lower.lastIndexOf('-');
  if (analyses.length === 0 && hyphen > 0 && lower.length - hyphen > 4) analyses = lookup.lemmas(lower.slice(hyphen + 1), 'pl');
  // Loanwords the dictionary lacks ("cookies", "newsletterze") still name the site's furniture.
  if (analyses.length === 0 && SITE_WORDS.has(lower)) facts.common.push(lower);
  for (const { lemma, tags } of analyses) {
    facts.polish = true;
    if (lemma === lemma.toLowerCase()) facts.common.push(lemma);
    for (const tag of tags) {
      if (/(?:^|:)(?:fin:\w+:sec|fin:pl:pri)(?::|$)/.test(tag)) facts.personal = true;
      // An imperative speaks to the reader about the page only with a verb of using a site ("Zaloguj się",
      // "Sprawdź"); instructions of the kind an article gives ("Dynię pokrój w kostkę") are not interface.
      else if (/(?:^|:)impt(?::|$)/.test(tag) && (INTERFACE_VERBS.has(lemma) || SITE_WORDS.has(lemma))) facts.personal = true;
    }
  }
  return facts;
}

export type Verdict = 'ui' | 'other' | 'foreign';

/** The verdict on one string (already cut to one control or sentence, values stripped). */
export function judgeString(text: string, item: Pick<ChromeItem, 'link' | 'pageLang' | 'kind' | 'choice'> & { prose?: boolean }, deps: GlossaryDeps): Verdict {
  const key = normaliseKey(text);
  if (!key) return 'other';
  const ws = wordsOf(text);
  if (ws.length === 0 || VALUE.test(text.trim())) return 'other';
  const catalogued = deps.catalogue.entries.has(key);
  if (ws.every((w) => w.length <= 2)) return 'other'; // initials, "v", "i": no words to explain
  const strongPolish = ws.some((w) => POLISH_LETTER.test(w) || POLISH_FUNCTION.has(w));
  // On a page that is in English a Polish row needs Polish letters or two function words, not just forms that
  // happen to be Polish too ("Profile", "Data", "Menu", "Nie").
  // "ó" is Spanish and Czech too ("Sala y Gómez"): there it counts only in a word the dictionary knows.
  const polishLettered = (w: string): boolean => /[ąćęłńśźż]/iu.test(w) || (POLISH_LETTER.test(w) && (!deps.lookup || deps.lookup.lemmas(w, 'pl').length > 0));
  if (item.pageLang === 'en' && !ws.some(polishLettered) && ws.filter((w) => POLISH_FUNCTION.has(w)).length < 2) return 'foreign';
  const shown: string[] = text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const facts = shown.map((w) => wordFacts(w, deps));
  const known = facts.filter((f) => f.polish).length;
  // Words as shown ("e-wydanie" is one), as the facts are.
  const lettered = shown.filter((w) => /\p{L}/u.test(w)).length;
  if (!strongPolish && !catalogued && known < Math.ceil(lettered / 2)) return 'foreign';
  if (deps.lookup) {
    let en = 0;
    for (let i = 0; i < shown.length; i++) if (!facts[i]!.polish && deps.lookup.knows(shown[i]!.toLowerCase(), 'en')) en++;
    if (en > known && !catalogued) return 'foreign';
  }
  if (catalogued) return 'ui';
  if (item.choice) return 'other';
  // Names: every word capitalised and none of them a common Polish word, or Title Case over several words
  // (Polish interface strings are in sentence case: "Polityka prywatności", not "Polityka Prywatności").
  // Acronyms ("PAP", "TVN") and camel-case brands ("wSieci", "iPhone") are name-like words too.
  const nameLike = (w: string, i: number): boolean =>
    (/^\p{Lu}/u.test(w) && !/^\p{Lu}{5,}$/u.test(w) && !/\d/.test(w)) || /^\p{Ll}+\p{Lu}/u.test(w) || (/^\p{Lu}{2,4}$/u.test(w) && facts[i]?.common.length === 0);
  const letterIndexes = shown.map((w, i) => (/\p{L}/u.test(w) ? i : -1)).filter((i) => i >= 0);
  const contentIndexes = letterIndexes.filter((i) => !POLISH_FUNCTION.has(shown[i]!.toLowerCase()));
  // Title Case over every word, function words included ("Do Rzeczy", "Radio ZET"): a name, not sentence-case UI.
  // Except a menu entry some sites write in Title Case ("Telefonia Komórkowa", "Czytelnictwo Prasy"): in page
  // furniture, words that are all common Polish nouns and adjectives, with no function word, are a section's name.
  const titleCaseSection = MENU_KINDS.has(item.kind) && ws.length <= MAX_UI_WORDS_PLAIN && letterIndexes.every((i) => !POLISH_FUNCTION.has(shown[i]!.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(shown[i]!) && (facts[i]?.common.length ?? 0) > 0);
  // A menu entry that puts the site's brand after a common noun or "O" ("Sklep Liberté!", "Rada OSW", "O Klubie
  // X"): a brand inside a UI phrase does not make the phrase a name. Only in page furniture, where people's names
  // and companies' names come without such a head.
  const head = letterIndexes[0];
  const brandHeaded = MENU_KINDS.has(item.kind) && head !== undefined && ws.length <= MAX_UI_WORDS_PLAIN && letterIndexes.length > 1 &&
    (shown[head]!.toLowerCase() === 'o' || (commonNoun(shown[head]!, deps) && letterIndexes.every((i) => i === head || facts[i]!.common.length === 0)));
  if (letterIndexes.length > 1 && letterIndexes.every((i) => nameLike(shown[i]!, i)) && !titleCaseSection && !brandHeaded) return 'other';
  if (contentIndexes.length === 1 && letterIndexes.length === 1 && nameLike(shown[contentIndexes[0]!]!, contentIndexes[0]!)) {
    const i = contentIndexes[0]!;
    if (facts[i]?.common.length === 0 || nameForm(shown[i]!, deps)) return 'other';
  }
  if (ws.length > MAX_SENTENCE_WORDS) return 'other';
  if (item.link && ws.length > MAX_LINK_WORDS && !callToAction(text, deps)) return 'other';
  // Short is enough in a place of page furniture (menu, form, footer, banner...) or for a link; short text in
  // plain containers is as often an ingredient, a caption or a step of the article that extraction missed.
  // A short link among related content ("Sernik z jogurtów greckich", "Rusza radio X") is the title of another
  // page as often as a control: it needs the evidence prose needs.
  const relatedLink = item.kind === 'related' && item.link;
  if (ws.length <= MAX_UI_WORDS_PLAIN && !item.prose && !relatedLink && (item.kind !== 'text' || item.link)) return 'ui';
  if (/:$/.test(text.trim()) && ws.length <= 8) return 'ui';
  const personal = facts.some((f) => f.personal);
  const siteWords = new Set(facts.flatMap((f) => f.common.filter((l) => SITE_WORDS.has(l))));
  if (personal || siteWords.size >= 2) return 'ui';
  // In a footer, banner or form one word about the site is enough ("Materiał chroniony prawem autorskim - zasady
  // przedruków określa regulamin."): prose of other articles does not sit there.
  if (siteWords.size === 1 && NOTICE_KINDS.has(item.kind) && !item.link && !contactLine(text)) return 'ui';
  // A short heading anywhere that names the site's furniture ("Partnerzy serwisu", "Nasi autorzy portalu").
  if (siteWords.size === 1 && ws.length <= MAX_UI_WORDS_PLAIN && !item.prose && !item.link) return 'ui';
  return 'other';
}

/**
 * A word written as a name's own base form ("Poznań", "PAP", "Polska") whose common readings are only other words'
 * inflected forms (poznanie's genitive plural, papa's, polski's feminine): a place or an organisation, not a label.
 * "Menu" (menu) and "Warszawa" (warszawa, a common word too) keep their common reading.
 */
function nameForm(word: string, deps: GlossaryDeps): boolean {
  if (!deps.lookup) return false;
  const lower = word.toLowerCase();
  if (word === lower) return false;
  const lemmas = polishReadings(word, deps.lookup).map((l) => l.lemma);
  return lemmas.includes(word) && !lemmas.includes(lower);
}

/** An address, phone and e-mail line: values, not a notice. */
const contactLine = (text: string): boolean => text.includes('@') || (text.match(/\d+/g) ?? []).length >= 3;

const NOTICE_KINDS = new Set<ChromeItem['kind']>(['footer', 'banner', 'form']);

/** A common Polish noun as written (a capitalised word with a name reading, "Polska", "Jan", is not one). */
function commonNoun(word: string, deps: GlossaryDeps): boolean {
  if (!deps.lookup) return false;
  const readings = polishReadings(word, deps.lookup);
  // Nor a word English shares ("Radio ZET", "Copyright"): with a brand after it, the whole is a name.
  if (readings.some((r) => r.lemma !== r.lemma.toLowerCase()) || deps.lookup.knows(word.toLowerCase(), 'en')) return false;
  return readings.some((r) => r.tags.some((t) => t.startsWith('subst:')));
}

const MAX_CALL_WORDS = 10;

/**
 * A link that opens with an imperative of using a site and names the site, the reader or a service ("Obserwuj nas
 * na Google News", "Obserwuj Portal Spożywczy na Twitterze", "Włącz obsługę JavaScript, aby strona działała"): a
 * call to action, not the headline of another page, however long.
 */
export function callToAction(text: string, deps: GlossaryDeps): boolean {
  // "Portal Spożywczy: polub nas na Facebooku": the site's name, then the call.
  const colon = text.indexOf(': ');
  if (colon > 0 && colon < 40 && !/^\p{Ll}/u.test(text) && callToAction(text.slice(colon + 2), deps)) return true;
  const shown = text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if (shown.length < 2 || shown.length > MAX_CALL_WORDS || !deps.lookup) return false;
  const first = shown[0]!.toLowerCase();
  const imperative = deps.lookup.lemmas(first, 'pl').some(({ lemma, tags }) => INTERFACE_VERBS.has(lemma) && tags.some((t) => /(?:^|:)impt(?::|$)/.test(t)));
  if (!imperative) return false;
  const rest = shown.slice(1);
  return rest.some((w) => SECOND_PERSON_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w) || wordFacts(w, deps).common.some((l) => SITE_WORDS.has(l)));
}

/** One string to judge: a label cut from its value, the value, or a sentence of a longer text. */
export interface Piece {
  text: string;
  label?: boolean;
  /** What followed a label ("Autor: <name>", "Dołącz do dyskusji: <headline>"): judged as prose, and a
   * catalogue phrase there is a value ("Źródło: Urząd Miasta"), not a control. */
  value?: boolean;
  /** A sentence of a text of PROSE_WORDS or more words: short pieces of prose need evidence too ("Wreszcie!"). */
  prose?: boolean;
}
const PROSE_WORDS = 12;
const MAX_LABEL_WORDS = 6;
const MAX_FURNITURE_LABEL_WORDS = 4;
// A number with an optional short unit or currency: "750 PLN", "32 000 zł", "18/2021 (423)".
const AMOUNT = /^[\d\s.,/()%+-]+\s*\p{L}{0,4}\.?$/u;
const MONTH_NAMES = 'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień';
const DATE = new RegExp(`^(?:\\d{1,2}\\s+)?(?:${MONTH_NAMES})(?:\\s+\\d{4})?(?:,?\\s+\\d{1,2}:\\d{2})?$`, 'iu');

// Labels whose value follows a colon: "Autor: Jan Nowak", "Dołącz do dyskusji: <headline>".
const LABEL_VALUE = /^([^:]{1,40}:)\s+(\S.*)$/su;

const SALUTATION_ONLY = /^\p{Lu}\p{Ll}+(?:\s+\p{L}\p{Ll}+){0,2}[,!]$/u;

/** A salutation's last word is a noun in the vocative ("Użytkowniku", "Czytelniczko", "Państwo" is not needed). */
function addressesReader(salutation: string, deps: GlossaryDeps): boolean {
  const last = (salutation.match(/\p{L}+/gu) ?? []).pop()?.toLowerCase();
  if (!last || !deps.lookup) return false;
  return deps.lookup.lemmas(last, 'pl').some(({ tags }) => tags.some((t) => /^subst:sg:[\w.]*\bvoc\b/.test(t)));
}

const MAX_TAIL_STARTS = 40;

/** The longest catalogue phrase of two or more words that ends the sentence and starts with a capital, if any. */
function catalogueTail(sentence: string, deps: GlossaryDeps): string | null {
  if (sentence.length > 300 || deps.catalogue.entries.has(normaliseKey(sentence))) return null;
  let starts = 0;
  for (const m of sentence.matchAll(/(?<=\s)\p{Lu}/gu)) {
    if (++starts > MAX_TAIL_STARTS) break;
    const tail = sentence.slice(m.index);
    if (wordsOf(tail).length >= 2 && deps.catalogue.entries.has(normaliseKey(tail))) return tail;
  }
  return null;
}

/** Splits a chrome string into the pieces judged one by one: controls, sentences, label and value. */
export function pieces(text: string, deps: GlossaryDeps, furniture = false, oneControl = false): Piece[] {
  const out: Piece[] = [];
  const prose = wordsOf(text).length >= PROSE_WORDS;
  for (const control of splitControls(text)) {
    // A short link or button is one control however it is punctuated ("Smakowało? Podziel się opinią").
    const controlSentences = oneControl && wordsOf(control).length <= MAX_LINK_WORDS ? [control] : splitSentences(control);
    for (const sentence of controlSentences) {
      const labelled = LABEL_VALUE.exec(sentence);
      if (labelled) {
        const label = labelled[1]!;
        const labelWords = wordsOf(label).length;
        const facts = letterRunsOf(label).map((w) => wordFacts(w, deps));
        const formulaic = deps.catalogue.entries.has(normaliseKey(label)) || facts.some((f) => f.personal);
        const amount = AMOUNT.test(labelled[2]!.trim());
        // A lowercase sentence after the colon continues the notice ("Ważne: nasze strony wykorzystują pliki
        // cookies."): one string, not a label and its value.
        const continues = /^\p{Ll}/u.test(labelled[2]!) && /[.!?]$/.test(labelled[2]!.trim()) && wordsOf(labelled[2]!).length >= 3;
        // In page furniture (footer, menu, form) a short label before a colon is one whatever its words ("Projekt
        // i wykonanie: <studio>", "Partnerem portalu jest: <firma>"); in running text it may be a headline's topic.
        const furnitureLabel = furniture && labelWords <= MAX_FURNITURE_LABEL_WORDS;
        if (!continues && labelWords > 0 && labelWords <= MAX_LABEL_WORDS && (formulaic || amount || furnitureLabel)) {
          // The value is judged as prose: a name or a headline has no evidence, a notice's sentence has.
          out.push({ text: label, label: true }, { text: stripValues(labelled[2]!), prose: true, value: true });
          continue;
        }
      }
      if (SALUTATION_ONLY.test(sentence) && addressesReader(sentence, deps)) {
        out.push({ text: sentence, label: true });
        continue;
      }
      if (VALUE.test(sentence) || DATE.test(sentence)) continue;
      // A catalogue sentence closing a line that an abbreviation kept whole ("© 2021 Wydawca Sp. z o.o. Wszelkie
      // prawa zastrzeżone."): a row of its own, the rest judged apart.
      const tail = oneControl ? null : catalogueTail(sentence, deps);
      if (tail) {
        const head = sentence.slice(0, sentence.length - tail.length).trim();
        if (/\p{L}/u.test(head) && !VALUE.test(head)) out.push({ text: stripValues(head), ...(prose ? { prose: true } : {}) });
        out.push({ text: tail });
        continue;
      }
      out.push({ text: stripValues(sentence), ...(prose ? { prose: true } : {}) });
    }
  }
  return out.filter((p) => /\p{L}/u.test(p.text));
}

const RANKED = /^\d{1,3}\.?\s+(\p{Lu}.*)$/u;
const MIN_RANKED_WORDS = 3;
// File names a CMS copies into alt text: a word joined by "_", an extension, a camera's or a screenshot's date stamp.
const FILE_NAME = /\p{L}_\p{L}|\S\.(?:jpe?g|png|gif|webp|svg|tiff?)\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:IMG|DSC|DSCN|DCIM)[_-]?\d/iu;

// Places where a linked heading heads a group of menu links rather than a list of other articles.
const MENU_KINDS = new Set<ChromeItem['kind']>(['navigation', 'header', 'footer', 'form', 'button']);
const MIN_SHARING = 3;
const MAX_PREFIX_TEXT_WORDS = 8;

/**
 * Labels a page repeats before varying values ("Więcej w kategorii Telewizja", "… Prasa", "… Radio"; "Przepis na
 * <dish>"): word prefixes of at least two words that start three or more distinct short strings. The longest wins.
 */
export function sharedPrefixes(texts: readonly string[]): Set<string> {
  const sharing = new Map<string, Set<string>>();
  for (const text of texts) {
    const ws = text.split(' ');
    // A text that opens with a number is a value (a date, a count) before any label: "5 maj 2021 11:15".
    if (ws.length < 3 || ws.length > MAX_PREFIX_TEXT_WORDS || !/\p{L}/u.test(ws[0]!)) continue;
    for (let k = 2; k < ws.length; k++) {
      if (!/\p{L}/u.test(ws[k - 1]!)) continue; // "Newsletter —" is a name with a dash, not a label
      const prefix = ws.slice(0, k).join(' ');
      let set = sharing.get(prefix);
      if (!set) sharing.set(prefix, (set = new Set()));
      if (set.size < MIN_SHARING) set.add(text);
    }
    if (sharing.size > 50_000) break;
  }
  return new Set([...sharing].filter(([, set]) => set.size >= MIN_SHARING).map(([prefix]) => prefix));
}

function longestPrefix(text: string, prefixes: ReadonlySet<string>): string | null {
  const ws = text.split(' ');
  for (let k = Math.min(ws.length - 1, MAX_PREFIX_TEXT_WORDS); k >= 2; k--) {
    const prefix = ws.slice(0, k).join(' ');
    if (prefixes.has(prefix)) return prefix;
  }
  return null;
}

/** The page's chrome sorted into interface strings and other text. */
export function selectInterfaceStrings(chrome: readonly ChromeItem[], deps: GlossaryDeps, limit = 20_000): InterfaceSelection {
  const ui: ChromeItem[] = [];
  const other: string[] = [];
  const seenOther = new Set<string>();
  const verdicts = new Map<string, Verdict>();
  const items = chrome.slice(0, limit);
  const prefixes = sharedPrefixes(items.filter((c) => c.kind !== 'attribute').map((c) => cleanDisplayText(c.text)));
  // A link whose words are also the alt text of a linked image (whole, or its end: "Przepis na <title>") is the
  // title of a card for another page, thumbnail and headline: a teaser, however short. (Not in menus, headers
  // and footers, where a logo's alt repeats the site's name.)
  const cardTitles = new Set(items.filter((c) => c.image && c.link).map((c) => normaliseKey(c.text)).filter(Boolean));
  const isCardTitle = (text: string): boolean => {
    const key = normaliseKey(text);
    if (!key || cardTitles.size === 0) return false;
    if (cardTitles.has(key)) return true;
    for (const title of cardTitles) if (title.length > key.length && title.endsWith(` ${key}`)) return true;
    return false;
  };
  // A linked heading in a menu is a card too when an image repeats it: mega-menus show featured articles.
  const teaserLinks = new Set(items.filter((c) => c.link && c.kind !== 'attribute' && (!MENU_KINDS.has(c.kind) || (c.headline && c.kind === 'navigation')) && isCardTitle(c.text)).map((c) => normaliseKey(c.text)));
  // A teaser's words again in its image's alt or its link's title are the same headline.
  const isTeaser = (item: ChromeItem): boolean => {
    if (!item.link) return false;
    if (item.image || item.kind === 'attribute') {
      const key = normaliseKey(item.text);
      for (const t of teaserLinks) if (key === t || key.endsWith(` ${t}`)) return true;
      return false;
    }
    return teaserLinks.has(normaliseKey(item.text));
  };
  // Ranked lists of other pages ("Najczęściej czytane": "19 Właściciel … aresztowany"): a linked text that opens
  // with a bare rank and goes on in a capitalised line of three or more words is a headline, as is its title.
  const rankedTitle = (item: ChromeItem): string | null => {
    if (!item.link || item.kind === 'attribute') return null;
    const m = RANKED.exec(cleanDisplayText(item.text));
    return m && wordsOf(m[1]!).length >= MIN_RANKED_WORDS ? normaliseKey(m[1]!) : null;
  };
  const rankedTitles = new Set(items.map(rankedTitle).filter((k): k is string => k !== null));
  const ranked = (item: ChromeItem): boolean => rankedTitle(item) !== null || (item.link === true && item.kind === 'attribute' && rankedTitles.has(normaliseKey(item.text)));
  for (const item of items) {
    // An image's alt text that is its file name ("IMG_2041", "Zrzut ekranu 2020-10-17 o 18.55.16") names no control.
    if (item.image && FILE_NAME.test(item.text)) continue;
    const prefix = item.kind === 'attribute' ? null : longestPrefix(cleanDisplayText(item.text), prefixes);
    const split: Piece[] = prefix ? [{ text: prefix, label: true }, { text: cleanDisplayText(item.text).slice(prefix.length).trim(), value: true }] : pieces(item.text, deps, MENU_KINDS.has(item.kind) && !item.headline && !(item.link && wordsOf(item.text).length > MAX_LINK_WORDS), (item.link || item.kind === 'button') && item.kind !== 'attribute');
    // A long linked string is a headline of another page as a whole: its sentences are not labels either.
    const headline = !prefix && !deps.catalogue.entries.has(normaliseKey(item.text)) && ((item.headline && !MENU_KINDS.has(item.kind)) || (item.link && wordsOf(item.text).length > MAX_LINK_WORDS && !callToAction(cleanDisplayText(item.text), deps)) || isTeaser(item) || ranked(item));
    for (const piece of split) {
      const display = cleanDisplayText(piece.text);
      const cacheKey = `${item.choice ? 'c' : ''}${headline ? 'h' : ''}${item.link ? 1 : 0}${item.pageLang ?? ''}${piece.label ? ':' : ''}${piece.value ? 'v' : ''}${piece.prose ? 'p' : ''}${display}`;
      let verdict = verdicts.get(cacheKey);
      if (!verdict) {
        if (headline && !piece.label) verdict = 'other';
        else if (piece.value) verdict = wordsOf(display).length > MAX_UI_WORDS_PLAIN ? judgeString(display, { ...item, prose: true }, deps) : 'other';
        else if (piece.label) verdict = judgeString(display, { kind: item.kind, ...(item.pageLang ? { pageLang: item.pageLang } : {}) }, deps) === 'foreign' ? 'foreign' : 'ui';
        else verdict = judgeString(display, { ...item, ...(piece.prose ? { prose: true } : {}) }, deps);
        verdicts.set(cacheKey, verdict);
      }
      if (verdict === 'ui') {
        ui.push({ text: piece.label ? piece.text : display, kind: item.kind, ...(item.hidden ? { hidden: true } : {}) });
      } else if (verdict === 'other' && item.kind !== 'attribute' && !seenOther.has(display)) {
        seenOther.add(display);
        other.push(display);
      }
    }
  }
  return { ui, other };
}

/**
 * The glossary of a page: its interface strings translated and counted (buildGlossary), without rows whose
 * English is the same string ("Menu", "Newsletter": nothing to explain), each marked hidden when every
 * occurrence was hidden.
 */
export function pageGlossary(chrome: readonly ChromeItem[], deps: GlossaryDeps): { glossary: GlossEntry[]; other: string[] } {
  const { ui, other } = selectInterfaceStrings(chrome, deps);
  const visible = new Set<string>();
  for (const item of ui) if (!item.hidden) visible.add(normaliseKey(item.text));
  // An English the same as the Polish from the catalogue says there is nothing to explain; the same words back
  // from the word-by-word fallback only say the dictionaries lack them, and the string is still Polish UI.
  const glossary = buildGlossary(ui, deps, true)
    .filter((g) => g.words !== undefined || normaliseKey(g.translation) !== normaliseKey(g.text))
    .map((g) => (visible.has(normaliseKey(g.text)) ? g : { ...g, hidden: true }));
  return { glossary, other };
}
