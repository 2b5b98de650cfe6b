// Nouns English does not pluralise.
const UNCOUNTABLE = new Set(['data', 'information', 'news', 'software', 'hardware', 'advice', 'feedback', 'content', 'help', 'equipment', 'money', 'mail', 'music', 'weather', 'media']);

/** English plural of a noun phrase's last word. */
export function pluraliseEnglish(phrase: string): string {
  return phrase.replace(/(\p{L}+)$/u, (w) => {
    const lower = w.toLowerCase();
    if (UNCOUNTABLE.has(lower) || /(ss|us|is)$/u.test(lower) || (/s$/u.test(lower) && !/ss$/u.test(lower))) return w;
    if (/[^aeiou]y$/u.test(lower)) return `${w.slice(0, -1)}ies`;
    if (/(x|ch|sh|s)$/u.test(lower)) return `${w}es`;
    return `${w}s`;
  });
}
