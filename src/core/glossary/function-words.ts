// Closed-class words the dictionaries gloss poorly or not at all; "się" has no English counterpart (an empty gloss).
const FUNCTION_WORDS: Record<string, string> = {
  i: 'and', oraz: 'and', a: 'and', lub: 'or', albo: 'or', ale: 'but', w: 'in', we: 'in', na: 'on', z: 'with',
  ze: 'with', do: 'to', od: 'from', dla: 'for', o: 'about', po: 'after', przez: 'by', przy: 'at', za: 'for',
  pod: 'under', nad: 'above', bez: 'without', nie: 'not', się: '', jest: 'is', są: 'are', czy: 'whether',
  jak: 'how', co: 'what', kto: 'who', gdzie: 'where', tu: 'here', tutaj: 'here', tak: 'yes', już: 'already',
  też: 'also', także: 'also', również: 'also', że: 'that', który: 'which', która: 'which', które: 'which', których: 'which',
  cię: 'you', ci: 'you', tobie: 'you', nas: 'us', nam: 'us', mnie: 'me', mi: 'me', swój: 'your', swoje: 'your', swoją: 'your',
  swoja: 'your', twojej: 'your', twoich: 'your', twoim: 'your', naszego: 'our', naszej: 'our', naszych: 'our', naszym: 'our',
  je: 'them', ich: 'their', im: 'them', nami: 'us', one: 'they', oni: 'they', jego: 'his', jej: 'her', tym: 'this', tego: 'this',
  tej: 'this', tych: 'these', tę: 'this', by: 'to', gdy: 'when', jeśli: 'if', jeżeli: 'if', więc: 'so', bo: 'because',
  ponieważ: 'because', jako: 'as', u: 'at', wobec: 'towards', między: 'between', przed: 'before', każdy: 'each', każdego: 'each',
  każdej: 'each', innych: 'other', wszystkich: 'all',
  aby: 'to', żeby: 'to', więcej: 'more', mniej: 'less', wszystkie: 'all', wszystko: 'everything', twój: 'your', twoje: 'your',
  twoja: 'your', mój: 'my', moja: 'my', moje: 'my', mojego: 'my', mojej: 'my', moich: 'my', moim: 'my', moi: 'my',
  twoi: 'your', twojego: 'your', wasz: 'your', wasza: 'your', wasze: 'your', waszego: 'your', waszej: 'your', waszych: 'your', nasz: 'our', nasze: 'our', nasza: 'our', ten: 'this', ta: 'this', to: 'this', te: 'these',
};

/** The English of a lowercased Polish function word ('' for "się"), or undefined for any other word. */
export function functionWordGloss(word: string): string | undefined {
  return Object.hasOwn(FUNCTION_WORDS, word) ? FUNCTION_WORDS[word] : undefined;
}

export const isFunctionWord = (word: string): boolean => Object.hasOwn(FUNCTION_WORDS, word);
