// Morfologik's Polish tags (the NKJP/PoliMorf tagset: "ppas:sg:nom.voc:f:perf:aff", "subst:sg:dat:m1") in words,
// for form notes such as "feminine singular passive participle of wysłać". Dotted values are alternatives
// ("nom.acc"): a note names a category only when the tag settles it.

const CLASSES: Record<string, string> = {
  subst: 'noun', depr: 'noun', adj: 'adjective', adja: 'adjective', adjp: 'adjective', adjc: 'adjective',
  adv: 'adverb', num: 'numeral', ppron12: 'pronoun', ppron3: 'pronoun', siebie: 'pronoun', ppas: 'passive participle',
  pact: 'active participle', pcon: 'present adverbial participle', pant: 'perfect adverbial participle',
  ger: 'gerund', inf: 'infinitive', fin: 'present tense', praet: 'past tense', impt: 'imperative',
  imps: 'impersonal form', pred: 'predicative', prep: 'preposition', conj: 'conjunction', comp: 'conjunction',
  qub: 'particle', interj: 'interjection', bedzie: 'future tense', winien: 'modal form', burk: 'bound word',
  brev: 'abbreviation',
};
const NUMBERS: Record<string, string> = { sg: 'singular', pl: 'plural' };
const CASES: Record<string, string> = {
  nom: 'nominative', gen: 'genitive', dat: 'dative', acc: 'accusative', inst: 'instrumental', loc: 'locative',
  voc: 'vocative',
};
const PERSONS: Record<string, string> = { pri: '1st person', sec: '2nd person', ter: '3rd person' };
const DEGREES: Record<string, string> = { com: 'comparative', sup: 'superlative' };

/** The gender a dotted gender value settles on (m1 personal, m2 animate, m3 inanimate masculine; n1/n2 neuter). */
function gender(value: string): string | null {
  const parts = value.split('.');
  if (parts.every((p) => /^m[123]$/.test(p))) return 'masculine';
  if (parts.every((p) => p === 'f')) return 'feminine';
  if (parts.every((p) => /^n[12]?$/.test(p))) return 'neuter';
  return null;
}

const single = (value: string, table: Record<string, string>): string | null =>
  value.includes('.') ? null : (table[value] ?? null);

/**
 * The fields of a tag, its class first. Morfologik writes the finite and infinitive verb forms with a
 * `verb:` prefix ("verb:impt:sg:sec:perf:refl.nonrefl", "verb:fin:pl:ter:imperf:nonrefl"), which is dropped
 * here, so the class is "impt" or "fin" as in the tagset ("ppas:…", "subst:…" have no prefix).
 */
export function tagFields(tag: string): string[] {
  const fields = tag.split(':');
  return fields[0] === 'verb' ? fields.slice(1) : fields;
}

/** The class of a tag ("verb:praet:…" → "praet", "subst:sg:loc:m3" → "subst"). */
export function tagClass(tag: string): string {
  return tagFields(tag)[0] ?? '';
}

const VERB_CLASSES = new Set(['inf', 'fin', 'praet', 'impt', 'imps', 'bedzie', 'ppas', 'pact', 'pcon', 'pant', 'ger']);

/** Part of speech of a tag in one word ("noun", "verb", "adjective", …). */
export function tagPartOfSpeech(tag: string): string {
  if (tag === 'verb' || tag.startsWith('verb:')) return 'verb';
  const cls = tagFields(tag)[0]!;
  if (VERB_CLASSES.has(cls)) return 'verb';
  const name = CLASSES[cls];
  return name && !name.includes(' ') ? name : cls;
}

export const isPerfective = (tag: string): boolean => tag.split(':').includes('perf');
export const isImperfective = (tag: string): boolean => tag.split(':').includes('imperf');
/** Can this reading be a nominative ("subst:pl:nom:n2", "adj:pl:nom.voc:…")? */
export const isNominative = (tag: string): boolean => tag.split(':').some((f) => f.split('.').includes('nom'));

/**
 * Words of a form note by key, as the app's locales hold them under "formNote" (i18next's `t` with that
 * prefix fits): "class.ppas", "case.gen", "number.sg", "person.pri", "degree.com", "gender.feminine", "form",
 * "classForm" ({{class}}) and "of" ({{description}}, {{lemma}}). The Polish interface shows Polish notes.
 */
export type FormNoteTerms = (key: string, params?: Record<string, string>) => string;

const ENGLISH_TABLES: Record<string, Record<string, string>> = {
  class: CLASSES, number: NUMBERS, case: CASES, person: PERSONS, degree: DEGREES,
  gender: { masculine: 'masculine', feminine: 'feminine', neuter: 'neuter' },
};

/** The English terms, built in (the CLI and main's lookups, which have no interface language). */
export const englishFormTerms: FormNoteTerms = (key, params = {}) => {
  if (key === 'form') return 'form';
  if (key === 'classForm') return `${params.class} form`;
  if (key === 'of') return `${params.description} of ${params.lemma}`;
  const [table, value] = key.split('.');
  return ENGLISH_TABLES[table!]?.[value!] ?? value ?? key;
};

/** "ppas:sg:nom.voc:f:perf:aff" → "feminine singular passive participle" (or in the terms given). */
export function describeTag(tag: string, terms: FormNoteTerms = englishFormTerms): string {
  const fields = tagFields(tag);
  const cls = fields[0] ?? '';
  const rest = fields.slice(1);
  let number: string | null = null;
  let kase: string | null = null;
  let gend: string | null = null;
  let person: string | null = null;
  let degree: string | null = null;
  const term = (table: string, value: string | null): string | null => (value === null ? null : terms(`${table}.${value}`));
  for (const f of rest) {
    if (f.split('.').every((p) => p in NUMBERS)) number ??= term('number', f.includes('.') ? null : f);
    else if (f.split('.').every((p) => p in CASES)) kase ??= term('case', f.includes('.') ? null : f);
    else if (f.split('.').every((p) => /^(m[123]|f|n[12]?|p[123])$/.test(p))) gend ??= term('gender', gender(f));
    else if (f in PERSONS) person = term('person', f);
    else if (f in DEGREES) degree = term('degree', f);
  }
  const name = cls in CLASSES ? terms(`class.${cls}`) : cls;
  switch (cls) {
    case 'subst':
    case 'depr':
      return [kase, number].filter(Boolean).join(' ') || terms('form');
    case 'adj':
    case 'adjp':
    case 'adja':
    case 'adjc':
    case 'adv':
    case 'num':
      if (degree) return degree;
      return [gend, kase, number].filter(Boolean).join(' ') || terms('classForm', { class: name });
    case 'ppas':
    case 'pact':
    case 'ger':
      return [gend, number, name].filter(Boolean).join(' ');
    case 'fin':
    case 'bedzie':
      return [person, number, name].filter(Boolean).join(' ');
    case 'praet':
      return [name, [gend, number].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    case 'impt':
      return [person, number, name].filter(Boolean).join(' ');
    default:
      return name;
  }
}

/** Form note for an inflected form: "feminine singular passive participle of wysłać". */
export function formNote(tag: string, lemma: string, terms: FormNoteTerms = englishFormTerms): string {
  return terms('of', { description: describeTag(tag, terms), lemma });
}
