// Chrome that Readability leaves inside the article: the site's own labels and promos between the paragraphs
// ("Reklama", "Drukuj", "CZYTAJ TAKŻE: <link>", "Aktualizacja: 12.05.2021", "Ten tekst przeczytasz w 1 minutę",
// "Zapraszamy do subskrypcji… www.example.pl", a date line, the authors' names above the lede). Removed from the
// sanitised article before its text is taken, so they reach the chrome list (and the glossary) instead. Only short
// leaf blocks are judged, each by its own text, so no paragraph of the article's prose is touched.
import { oneLine } from '../text/spaces';
import { wordsOf } from '../text/words';

const MONTHS = 'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia';
// "Czytaj też:", "CZYTAJ TAKŻE", "Zobacz również", "Polecamy", "[czytaj więcej]", each alone or before a linked headline.
const RELATED = /^\[?\s*(?:(?:prze)?czytaj|zobacz|sprawdź)\s+(?:też|także|również|więcej|dalej)(?!\p{L})|^polecamy(?!\p{L})|^dowiedz się więcej(?!\p{L})/iu;
const LABEL_ALONE = /^(?:reklama|drukuj|wydrukuj|udostępnij|podziel się|advertisement|(?:poniżej )?dalsza część artykułu(?: poniżej)?|artykuł sponsorowany|materiał partnerski)[.:!]?$/iu;
const READING_TIME = /^(?:ten tekst przeczytasz w|czas czytania|przeczytanie zajmie|przeczytasz w)(?!\p{L})/iu;
const META_LABEL = /^(?:aktualizacja|aktualizowano|publikacja|opublikowano|dodano|data|data dodania|data publikacji|autor|autorka|autorzy|tagi|źródło|fot\.?|foto|zdjęcie)\s*:/iu;
const DATE_LINE = new RegExp(`^(?:\\p{L}+:?\\s+)?(?:\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})(?:,?\\s+(?:godz\\.\\s*)?\\d{1,2}:\\d{2})?$`, 'iu');
const CALL_TO_ACTION = /(?:^|[.!?]\s+)(?:zapraszamy|zachęcamy|zobacz|sprawdź|zamów|kup|subskrybuj|zasubskrybuj|zapisz się|dołącz|wesprzyj)(?!\p{L})/iu;
const WEB_ADDRESS = /\bwww\.|https?:\/\/|\b[\w-]+\.(?:pl|com|eu)\b/iu;
const NAME = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const NAMES_LINE = new RegExp(`^${NAME}\\s+${NAME}(?:\\s*(?:,|\\si|\\soraz)\\s*${NAME}\\s+${NAME}){0,5}$`, 'u');
const LEAF_BLOCKS = 'p, div, li, h2, h3, h4, h5, h6, span, strong, em, b, aside, section, figure, blockquote';
const MAX_WORDS = 30;
const MAX_CHECKED = 5000;

export interface ArticleChromeContext {
  byline: string | null;
  /** The page's language: names above the lede are only judged on Polish pages. */
  lang: 'pl' | 'en' | undefined;
}

const wordCount = (s: string): number => wordsOf(s).length;

/** Whether one block's own text is chrome; `head`: it comes before the article's first long paragraph. */
export function isArticleChrome(text: string, head: boolean, context: ArticleChromeContext): boolean {
  const words = wordCount(text);
  if (words === 0 || words > MAX_WORDS) return false;
  if (LABEL_ALONE.test(text) || DATE_LINE.test(text)) return true;
  if (RELATED.test(text) && words <= 20) return true;
  if (READING_TIME.test(text) && words <= 10) return true;
  if (META_LABEL.test(text) && words <= 8) return true;
  if (CALL_TO_ACTION.test(text) && WEB_ADDRESS.test(text)) return true;
  if (context.byline && text === oneLine(context.byline)) return true;
  return head && context.lang === 'pl' && NAMES_LINE.test(text);
}

/** Removes the article's chrome blocks; returns their texts. */
export function removeArticleChrome(root: Element, context: ArticleChromeContext): string[] {
  const removed: string[] = [];
  const blocks = Array.from(root.querySelectorAll(LEAF_BLOCKS)).slice(0, MAX_CHECKED);
  let head = true;
  for (const block of blocks) {
    if (!block.isConnected || !root.contains(block)) continue;
    // Leaf blocks only: a block holding other blocks is judged through them.
    if (block.querySelector('p, div, li, ul, ol, table, h2, h3, h4, h5, h6, figure, blockquote, section')) continue;
    const text = oneLine(block.textContent ?? '');
    if (!text) continue;
    if (isArticleChrome(text, head, context)) {
      // A "Czytaj też:" heading alone takes the linked headline after it along.
      const next = block.nextElementSibling;
      if (RELATED.test(text) && wordCount(text) <= 4 && next && isAllLinks(next)) {
        removed.push(oneLine(next.textContent ?? ''));
        next.remove();
      }
      removed.push(text);
      removeWithEmptyParents(block, root);
      continue;
    }
    if (wordCount(text) >= 12) head = false;
  }
  return removed;
}

function isAllLinks(el: Element): boolean {
  const all = oneLine(el.textContent ?? '');
  if (!all || wordCount(all) > 30) return false;
  const linked = Array.from(el.querySelectorAll('a')).map((a) => oneLine(a.textContent ?? '')).join(' ');
  return wordCount(linked) >= wordCount(all) - 1;
}

function removeWithEmptyParents(el: Element, root: Element): void {
  let node: Element | null = el;
  while (node && node !== root) {
    const parent: Element | null = node.parentElement;
    node.remove();
    if (!parent || parent === root || oneLine(parent.textContent ?? '') !== '' || parent.querySelector('img, picture, video, table')) break;
    node = parent;
  }
}
