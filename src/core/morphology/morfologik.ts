// A Morfologik morphological dictionary: an automaton (fsa.ts) over byte sequences
//   inflected-form SEP encoded-lemma SEP tags
// and its `.info` metadata (Java properties: fsa.dict.separator, fsa.dict.encoding, fsa.dict.uses-prefixes,
// fsa.dict.uses-infixes). The lemma is stored relative to the form (morfologik's FSAMorphCoder), each count
// a byte 'A'+n and counted in bytes of the encoding:
//   suffix  K ending       → form minus K trailing bytes, + ending
//   prefix  L K ending     → form minus L leading and K trailing bytes, + ending
//   infix   M L K ending   → form with L bytes removed at position M, minus K trailing bytes, + ending
import { Cfsa2 } from './fsa';

export type LemmaEncoding = 'suffix' | 'prefix' | 'infix';

export interface MorfologikInfo {
  separator: number;
  encoding: string;
  lemmaEncoding: LemmaEncoding;
}

export interface Analysis {
  lemma: string;
  /** Morfologik tags, one per reading, e.g. "ppas:sg:nom.voc:f:perf:aff". */
  tags: string[];
}

/** Parse a `.info` file (Java properties; only the keys we need). */
export function parseMorfologikInfo(text: string): MorfologikInfo {
  const props = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([^#!\s][^=:]*?)\s*[=:]\s*(.*?)\s*$/.exec(line);
    if (m) props.set(m[1]!, m[2]!);
  }
  const separator = props.get('fsa.dict.separator') ?? '+';
  if (separator.length !== 1 || separator.charCodeAt(0) > 0x7f) throw new Error(`unsupported separator "${separator}"`);
  const encoding = props.get('fsa.dict.encoding') ?? 'UTF-8';
  const yes = (key: string): boolean => props.get(key)?.toLowerCase() === 'true';
  const lemmaEncoding: LemmaEncoding = yes('fsa.dict.uses-infixes') ? 'infix' : yes('fsa.dict.uses-prefixes') ? 'prefix' : 'suffix';
  return { separator: separator.charCodeAt(0), encoding, lemmaEncoding };
}

/** The lemma bytes an encoded lemma stands for, given the inflected form's bytes. */
export function decodeLemma(form: Uint8Array, code: Uint8Array, encoding: LemmaEncoding): Uint8Array {
  const n = (i: number): number => ((code[i] ?? 65) - 65) & 0xff;
  let head: Uint8Array;
  let ending: Uint8Array;
  if (encoding === 'suffix') {
    head = form.subarray(0, Math.max(0, form.length - n(0)));
    ending = code.subarray(1);
  } else if (encoding === 'prefix') {
    const start = Math.min(n(0), form.length);
    head = form.subarray(start, Math.max(start, form.length - n(1)));
    ending = code.subarray(2);
  } else {
    const at = Math.min(n(0), form.length);
    const cut = n(1);
    const end = Math.max(at, form.length - n(2));
    const joined = new Uint8Array(at + Math.max(0, end - at - cut));
    joined.set(form.subarray(0, at));
    joined.set(form.subarray(Math.min(end, at + cut), end), at);
    head = joined;
    ending = code.subarray(3);
  }
  const out = new Uint8Array(head.length + ending.length);
  out.set(head);
  out.set(ending, head.length);
  return out;
}

export class MorfologikDictionary {
  private readonly fsa: Cfsa2;
  private readonly encoder = new TextEncoder();
  // Inferred, not written as `TextDecoder`: Node's types (main's program reaches this file) declare no such type.
  private readonly decoder = new TextDecoder('utf-8');

  constructor(dictBytes: Uint8Array, readonly info: MorfologikInfo) {
    if (info.encoding.toUpperCase().replace('_', '-') !== 'UTF-8') {
      throw new Error(`Morfologik dictionary encoding ${info.encoding} is not supported (UTF-8 only)`);
    }
    this.fsa = new Cfsa2(dictBytes);
  }

  /** Lemmas and tags of an inflected form, exactly as written (Morfologik stores lowercase forms except proper names). */
  analyse(form: string): Analysis[] {
    const length = this.encodeKey(form);
    const node = this.fsa.walk(this.key, this.fsa.root, length);
    if (node <= 0) return [];
    const formBytes = this.key.subarray(0, length - 1);
    const separator = this.info.separator;
    const byLemma = new Map<string, string[]>();
    this.fsa.forEachCompletion(node, (rest, restLength) => {
      let sep = 0;
      while (sep < restLength && rest[sep] !== separator) sep++;
      const tagText = sep < restLength ? this.decoder.decode(rest.subarray(sep + 1, restLength)) : '';
      const lemma = this.decoder.decode(decodeLemma(formBytes, rest.subarray(0, sep), this.info.lemmaEncoding));
      const tags = byLemma.get(lemma) ?? [];
      // One stored tag may hold several readings joined by '+' or '|'.
      for (const tag of tagText.split(/[+|]/)) if (tag && !tags.includes(tag)) tags.push(tag);
      byLemma.set(lemma, tags);
    });
    return [...byLemma].map(([lemma, tags]) => ({ lemma, tags }));
  }

  /** Is this exact form in the dictionary? */
  has(form: string): boolean {
    return this.fsa.walk(this.key, this.fsa.root, this.encodeKey(form)) > 0;
  }

  // The form being looked up and the separator after it, in a reused buffer (no allocation per lookup).
  private key = new Uint8Array(64);

  /** Writes `form` + separator into `key`; returns the length written. */
  private encodeKey(form: string): number {
    if (this.key.length < form.length * 3 + 1) this.key = new Uint8Array(form.length * 3 + 1);
    const { written } = this.encoder.encodeInto(form, this.key);
    this.key[written] = this.info.separator;
    return written + 1;
  }

  /**
   * Forms the dictionary knows that differ from `ascii` only by Polish diacritics (wyslij → wyślij), found by
   * walking the automaton with every diacritic variant of each letter.
   */
  diacriticVariants(ascii: string, limit = 8): string[] {
    const out: string[] = [];
    const alternatives = [...ascii].map((c) => (DIACRITICS[c] ?? c).split('').map((v) => this.encoder.encode(v)));
    const visit = (i: number, node: number, prefix: string): void => {
      if (out.length >= limit || node <= 0) return;
      if (i === alternatives.length) {
        if (this.fsa.arcFor(node, this.info.separator) >= 0) out.push(prefix);
        return;
      }
      for (const bytes of alternatives[i]!) {
        const next = this.fsa.walk(bytes, node);
        if (next > 0) visit(i + 1, next, prefix + this.decoder.decode(bytes));
      }
    };
    visit(0, this.fsa.root, '');
    return out;
  }
}

const DIACRITICS: Record<string, string> = {
  a: 'aą', c: 'cć', e: 'eę', l: 'lł', n: 'nń', o: 'oó', s: 'sś', z: 'zżź',
  A: 'AĄ', C: 'CĆ', E: 'EĘ', L: 'LŁ', N: 'NŃ', O: 'OÓ', S: 'SŚ', Z: 'ZŻŹ',
};
