// The page's chrome: text that extraction dropped, with the kind of place it came from, plus the strings people
// read in attributes (title, aria-label, placeholder, alt, button values). Collected from the original document
// *before* Readability runs (Readability mutates the document; this saves cloning it), then filtered against the
// article's own text units.
import { domNav, Step, walkTree } from './dom-nav';
import type { ChromeItem, ChromeKind } from '../../shared/types';
import { CHROME_SKIP, gluedToPrevious, isBlock, isHidden, screenReaderOnly, textGluedToPrevious, UNIT } from './article-text';
import { oneLine } from '../text/spaces';

// Maps, not object literals: a page may use any tag or role name, "constructor" included.
const TAG_KIND = new Map<string, ChromeKind>(Object.entries({
  nav: 'navigation', menu: 'navigation', footer: 'footer', header: 'header', aside: 'related',
  form: 'form', label: 'form', select: 'form', option: 'form', textarea: 'form', fieldset: 'form', legend: 'form', input: 'form',
  button: 'button',
}));
const ROLE_KIND = new Map<string, ChromeKind>(Object.entries({
  navigation: 'navigation', menubar: 'navigation', menu: 'navigation', tablist: 'navigation', search: 'form', form: 'form',
  button: 'button', contentinfo: 'footer', banner: 'header', complementary: 'related', dialog: 'banner', alertdialog: 'banner',
}));
// Class/id words, checked in this order (a "social-share-footer" is a share bar before it is a footer).
const CLASS_KIND: Array<[RegExp, ChromeKind]> = [
  [/share|sharing|social|addthis|sharethis/i, 'share'],
  [/cookie|consent|gdpr|rodo|newsletter|subscribe|paywall|popup|modal|overlay|promo|advert|(?:^|[\s_-])ads?(?:[\s_-]|$)/i, 'banner'],
  [/related|recommend|more-?stories|read-?more|popular|trending|outbrain|taboola|sidebar|widget/i, 'related'],
  [/(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|pagination|pager|tabs|toolbar)(?:[\s_-]|$)/i, 'navigation'],
  [/footer|colophon|copyright/i, 'footer'],
  [/(?:^|[\s_-])(?:header|masthead|topbar|top-bar)(?:[\s_-]|$)/i, 'header'],
  [/comment-?form|login|signin|search/i, 'form'],
];

// Pages repeat the same class strings on thousands of elements: test each distinct "class id" string once.
const classKindCache = new Map<string, ChromeKind | null>();
function classKind(words: string): ChromeKind | null {
  let kind = classKindCache.get(words);
  if (kind === undefined) {
    kind = null;
    for (const [re, k] of CLASS_KIND) {
      if (re.test(words)) {
        kind = k;
        break;
      }
    }
    if (classKindCache.size >= 20_000) classKindCache.clear(); // bounded across documents
    classKindCache.set(words, kind);
  }
  return kind;
}

/** The kind of place an element is by itself (tag, role, class/id words); `attrs` = el.hasAttributes(). */
function ownKind(el: Element, tag: string, attrs: boolean): ChromeKind | null {
  const byTag = TAG_KIND.get(tag);
  if (byTag) return byTag;
  if (!attrs) return null;
  const role = domNav(el).attr(el, 'role');
  if (role) {
    const byRole = ROLE_KIND.get(role);
    if (byRole) return byRole;
  }
  const cls = domNav(el).attr(el, 'class');
  const id = domNav(el).attr(el, 'id');
  if (!cls && !id) return null;
  return classKind(`${cls ?? ''} ${id ?? ''}`);
}

const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ATTRIBUTE_STRINGS = ['title', 'aria-label', 'placeholder'] as const;
const ALT_BEARING = new Set(['img', 'input', 'area']);
const BUTTON_TYPE = /^(submit|button|reset)$/i;
// Text fields whose value is a hint written in by the page ("adres e-mail", cleared by a script on focus), the way
// older sites did before `placeholder`.
const TEXT_FIELD_TYPE = /^(?:text|email|search|password|tel|url|)$/i;

export interface ChromeCandidate extends ChromeItem {
  /** Attribute strings are kept even when the article shows the same words. */
  attribute: boolean;
}

// Framework utility classes whose only job is display:none (Bootstrap, Foundation, Tailwind): the page's own
// markup says the block is hidden until a script shows it, even when the style sheet was not saved.
const HIDDEN_CLASS = /(?:^|\s)(?:hide|hidden|d-none|is-hidden|invisible)(?:\s|$)/;

/** Hidden until the page asks for it: hidden attributes and styles, a closed <dialog>, display:none utility classes. */
export function hiddenUntilShown(el: Element, tag: string): boolean {
  if (isHidden(el)) return true;
  const { attr } = domNav(el);
  if (tag === 'dialog' && attr(el, 'open') === null) return true;
  const cls = attr(el, 'class');
  return cls !== null && HIDDEN_CLASS.test(cls);
}

const CONTENT_KINDS = new Set<ChromeKind>(['related', 'text', 'heading']);
const MAX_SHORT_HEADING_WORDS = 4;
const letterWords = (text: string): number => text.split(' ').filter((w) => LETTER.test(w)).length;
const LETTER = /\p{L}/u;

const MIN_LONG_CHOICE = 6;
const MAX_CHOICE_INPUTS = 2_000;

/**
 * Labels of the options of a long list of checkboxes or radio buttons (six or more in one form, or outside forms
 * on the page): a recipe's ingredients to tick, a poll's answers, a list of filters. Their words are the page's
 * content, not its controls.
 */
function longChoiceLabels(root: Node): Set<Element> {
  const out = new Set<Element>();
  const query = (root as Partial<ParentNode>).querySelectorAll;
  if (!query) return out;
  const groups = new Map<Node, Element[]>();
  const inputs = (root as ParentNode).querySelectorAll('input[type=checkbox], input[type=radio]');
  for (let i = 0; i < inputs.length && i < MAX_CHOICE_INPUTS; i++) {
    const label = inputs[i]!.closest('label');
    if (!label) continue;
    const group: Node = inputs[i]!.closest('form, fieldset') ?? root;
    const list = groups.get(group) ?? [];
    list.push(label);
    groups.set(group, list);
  }
  for (const labels of groups.values()) if (labels.length >= MIN_LONG_CHOICE) for (const label of labels) out.add(label);
  return out;
}

const NO_ELEMENTS: ReadonlySet<Element> = new Set();

/** Text units and attribute strings of a document or element, in document order, each with its kind. */
export function collectCandidates(root: Node, limit = 20_000, hiddenRoot = false, styleHidden: ReadonlySet<Element> = NO_ELEMENTS): ChromeCandidate[] {
  const nav = domNav(root);
  const out: ChromeCandidate[] = [];
  let buffer = '';
  let bufferKind: ChromeKind = 'text';
  let bufferHasText = false;
  let bufferLink = false;
  let bufferHidden = false;
  let bufferHeadline = false;
  let bufferInHeading = false;
  const flush = (): void => {
    if (bufferHasText) {
      const text = oneLine(buffer);
      if (text && LETTER_OR_DIGIT.test(text)) {
        // An unlinked heading of more than a few words among content (not the site's furniture or a banner) is a
        // headline too, of the page or of a card ("Wino lepsze od pączka? Neuroenolożka tłumaczy, …").
        const longHeading = bufferInHeading && CONTENT_KINDS.has(bufferKind) && letterWords(text) > MAX_SHORT_HEADING_WORDS;
        out.push({ text, kind: bufferKind, attribute: false, ...(bufferLink ? { link: true } : {}), ...(bufferHeadline || longHeading ? { headline: true } : {}), ...(bufferChoice ? { choice: true } : {}), ...(bufferHidden ? { hidden: true } : {}) });
      }
    }
    buffer = '';
    bufferHasText = false;
  };
  const attribute = (raw: string | null, kind: ChromeKind, image = false): void => {
    if (!raw) return;
    const text = oneLine(raw);
    // A title or alt inside a link names where the link goes (often a headline repeated on its image).
    if (text) out.push({ text, kind, attribute: true, ...(links > 0 || selfLink ? { link: true } : {}), ...(image ? { image: true } : {}), ...(hidden > 0 || selfHidden ? { hidden: true } : {}) });
  };
  // kinds[d] is the kind in force inside the element entered at depth d; links and hidden subtrees are counted
  // by depth likewise (a unit is a link, or hidden, when its first visible text is).
  const kinds: Array<ChromeKind | null> = [];
  const opened: number[] = []; // bit 1: entered a link, bit 2: entered a hidden element
  let inherited: ChromeKind | null = null;
  let links = 0;
  let selfHidden = false; // the element whose attributes are being read is itself hidden
  let selfLink = false; // ... or is a link
  let headings = 0;
  let hidden = hiddenRoot ? 1 : 0;
  let choices = 0;
  let bufferChoice = false;
  const choiceLabels = longChoiceLabels(root);
  const templates: Node[] = [];
  // Links open on the walk: where their units start in `out`, and how many blocks they hold.
  const cards: Array<{ start: number; blocks: number }> = [];
  // One link holding two or more blocks of text (a title and a company, a headline and its lead) is the card of
  // another page: each of its texts is part of that card's headline, not a control.
  const markCard = (card: { start: number; blocks: number } | undefined): void => {
    if (!card || card.blocks < 2) return;
    let texts = 0;
    for (let i = card.start; i < out.length; i++) if (!out[i]!.attribute) texts++;
    if (texts < 2) return;
    for (let i = card.start; i < out.length; i++) if (!out[i]!.attribute) out[i] = { ...out[i]!, headline: true };
  };
  walkTree(nav, root, (node, depth) => {
    let descend = false;
    const type = nav.type(node);
    if (type === 3) {
      const value = node.nodeValue ?? '';
      // The unit takes the kind of the place its first visible text is in.
      if (!bufferHasText && /\S/.test(value)) {
        bufferKind = inherited ?? 'text';
        bufferHasText = true;
        bufferLink = links > 0;
        bufferHidden = hidden > 0;
        bufferHeadline = links > 0 && headings > 0;
        bufferInHeading = headings > 0;
        bufferChoice = choices > 0;
      } else if (bufferHasText && textGluedToPrevious(node)) buffer += ' | '; // splitControls cuts there
      buffer += value;
    } else if (type === 1 || type === 9 || type === 11) {
      const el = node as Element;
      const tag = type === 1 ? nav.tag(el) : '';
      const attrs = type === 1 && nav.hasAttrs(el);
      // <template> contents live in template.content, outside the tree: collected after the walk, as hidden.
      if (tag === 'template' && templates.length < 100) templates.push((el as HTMLTemplateElement).content ?? el);
      if (!(tag && CHROME_SKIP.has(tag))) {
        // Hidden by markup, or by the page's own style rules (style-hidden.ts).
        const hides = (attrs && hiddenUntilShown(el, tag)) || (styleHidden.size > 0 && styleHidden.has(el));
        selfHidden = hides;
        selfLink = tag === 'a';
        let own = tag ? ownKind(el, tag, attrs) : null;
        if (!own && !inherited && HEADING.has(tag)) own = 'heading';
        // A <header> or <footer> inside a related-content card is the card's, not the site's.
        if (inherited === 'related' && (tag === 'header' || tag === 'footer')) own = null;
        const srOnly = attrs && screenReaderOnly(el);
        // A link inside running text is part of its sentence ("…pliki <a>cookie</a>, które…"), not a unit of its own;
        // <br> is a space, as a browser shows "Handel<br>dystrybucja" on two lines of one label.
        const inline = tag === 'a' && bufferHasText;
        const unit = (isBlock(tag) || UNIT.has(tag) || srOnly) && !inline;
        if (unit) flush();
        // Hidden text inside a visible unit is a string of its own ("Następna strona" for screen readers, then an
        // aria-hidden "starsze"): what the page shows and what it hides are listed apart.
        else if (hides && hidden === 0 && bufferHasText) flush();
        else if (tag === 'br') buffer += ' ';
        else if (bufferHasText && gluedToPrevious(el, tag)) buffer += ' | '; // splitControls cuts there
        if (attrs) {
          for (const name of ATTRIBUTE_STRINGS) attribute(nav.attr(el, name), 'attribute');
          if (ALT_BEARING.has(tag)) attribute(nav.attr(el, 'alt'), 'attribute', tag === 'img');
          if (tag === 'input') {
            const type = nav.attr(el, 'type') ?? '';
            if (BUTTON_TYPE.test(type)) attribute(nav.attr(el, 'value'), 'button');
            else if (TEXT_FIELD_TYPE.test(type.trim())) attribute(nav.attr(el, 'value'), 'attribute');
          }
        }
        if (nav.first(node)) {
          kinds[depth] = inherited;
          inherited = own ?? inherited;
          const choice = choiceLabels.has(el);
          opened[depth] = (tag === 'a' && !inline ? 1 : 0) | (hides ? 2 : 0) | (inline ? 4 : 0) | (HEADING.has(tag) ? 8 : 0) | (choice ? 16 : 0) | (srOnly ? 32 : 0);
          if (choice) choices++;
          if (HEADING.has(tag)) headings++;
          if (links > 0 && isBlock(tag) && cards.length) cards[cards.length - 1]!.blocks++;
          if (tag === 'a' && !inline) {
            links++;
            cards.push({ start: out.length, blocks: 0 });
          }
          if (hides) hidden++;
          descend = true;
        } else if (unit) flush();
      }
    }
    if (out.length >= limit) return Step.Stop;
    return descend ? Step.Descend : Step.Skip;
  }, (node, depth) => {
    inherited = kinds[depth] ?? null;
    const was = opened[depth] ?? 0;
    if (nav.type(node) === 1 && !(was & 4)) {
      const tag = nav.tag(node as Element);
      if (isBlock(tag) || UNIT.has(tag) || was & 32) flush();
    }
    if (was & 1) {
      links--;
      markCard(cards.pop());
    }
    if (was & 2 && --hidden === 0 && bufferHidden) flush();
    if (was & 8) headings--;
    if (was & 16) choices--;
    opened[depth] = 0;
  });
  flush();
  for (const content of templates) {
    if (out.length >= limit) break;
    if (content !== root && nav.first(content)) out.push(...collectCandidates(content, limit - out.length, true, styleHidden));
  }
  return out.length > limit ? out.slice(0, limit) : out;
}

/**
 * The candidates extraction dropped: those whose text is not one of the article's own units (nor, for longer
 * ones, part of its text). Attribute strings are kept whole.
 */
export function droppedChrome(candidates: ChromeCandidate[], units: ReadonlySet<string>, articleText: string): ChromeItem[] {
  const flat = oneLine(articleText);
  const out: ChromeItem[] = [];
  for (const c of candidates) {
    if (!c.attribute) {
      if (units.has(c.text)) continue;
      if (c.text.length > 40 && flat.includes(c.text)) continue;
    }
    out.push({ text: c.text, kind: c.kind, ...(c.link ? { link: true } : {}), ...(c.headline ? { headline: true } : {}), ...(c.image ? { image: true } : {}), ...(c.choice ? { choice: true } : {}), ...(c.hidden ? { hidden: true } : {}) });
  }
  return out;
}
