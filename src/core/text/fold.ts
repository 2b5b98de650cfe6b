/** Lower case without diacritics, for matching: "Łódź" → "lodz". NFD splits most accented letters into base
 *  + combining mark; Polish ł, Danish/Norwegian ø and German ß do not decompose and are mapped by hand. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}
