// Bounds for pathological pages, checked on the markup before any parser sees it. Parsers cost far more than
// linear time on deep nesting (jsdom: 10,000 nested <div>s take 11 s to parse, 100,000 overflow the stack;
// Chromium's parser itself stops nesting at 512), and so does Readability (its conditional cleaning measures the
// text density under every nested block: a chain of 512 <div>s took 12.5 s of CPU in it, 256 took 2.9 s, 128
// about 1 s under jsdom), so depth is capped on the string and huge pages are refused.
//
// The scanner follows the HTML tokenizer (quoted attribute values, comment and bogus-comment ends, raw-text
// elements and where they end, foreign content) and a rough model of tree construction (implied end tags, end tags
// that the parser ignores, formatting elements that are reopened). Where the model is unsure it errs towards more
// depth, never less: a page it gets wrong is cut early, not parsed for a minute. The parsed tree is checked again
// (`limitParsedTree`), since no model of the tree builder is exact.

/** Start tags above which a page is refused (Readability's 130 test pages have at most about 15,000). */
export const MAX_ELEMENTS = 250_000;
/** Nesting depth at which the markup is cut off: over three times the deepest real page seen (38 levels, among
 * Readability's 130 test pages and the Polish pages), a quarter of Chromium's own 512. */
export const MAX_DEPTH = 128;
/** Deepest tree given to Readability; deeper ones are shown whole (sanitised), as when it finds no article. */
export const EXTRACT_MAX_DEPTH = 64;
/** Formatting elements reopened at once past which the markup is cut off: a real page reopens a few (an unclosed
 * <b> or <font> carried into the next block); a staircase of thousands costs seconds in jsdom. */
export const MAX_REOPENED = 32;
/** Attributes in one tag at which the markup is cut off: parse5 checks each new one against the others. */
export const MAX_ATTRIBUTES = 1000;

const set = (names: string): Set<string> => new Set(names.split(' '));

const VOID = set('area base br col embed hr img image input link meta source track wbr param keygen frame basefont bgsound');
/** Elements whose content is text up to their end tag (in HTML content; scripting is off, so not noscript). */
const RAWTEXT = set('script style textarea title xmp iframe noembed noframes');
/** The parser merges these into the one element it makes itself: never nested. */
const ROOTS = set('html head body');
/** HTML §13.2.4.1 "special" elements: "any other end tag" stops at them. */
const SPECIAL = set(
  'address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd ' +
  'details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header ' +
  'hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes noscript object ' +
  'ol p param plaintext pre script search section select source style summary table tbody td template textarea tfoot ' +
  'th thead title tr track ul wbr xmp',
);
/** Where an "in scope" search stops (HTML §13.2.4.2). */
const SCOPE = set('applet caption html table td th marquee object template');
/** SVG and MathML integration points: HTML content inside foreign content; also special and scope boundaries. */
const INTEGRATION = set('foreignobject desc title mi mo mn ms mtext annotation-xml');
/** Start tags that leave foreign content (HTML §13.2.6.5); font only with color, face or size. */
const BREAKOUT = set(
  'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta ' +
  'nobr ol p pre ruby s small span strong strike sub sup table tt u ul var',
);
/** Start tags that close an open <p> in button scope. */
const CLOSES_P = set(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup ' +
  'main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing form table hr xmp plaintext',
);
const HEADINGS = set('h1 h2 h3 h4 h5 h6');
const FORMATTING = set('a b big code em font i nobr s small strike strong tt u');
/** Elements that put a marker on the list of active formatting elements. */
const MARKERS = set('applet object marquee template td th caption');
/** Elements popped by "generate implied end tags". */
const IMPLIED_END = set('dd dt li optgroup option p rb rp rt rtc');
const RUBY_TEXT_END = set('rb rp rt');
const ROW_CONTEXT = set('tr tbody thead tfoot table');
const BODY_CONTEXT = set('tbody thead tfoot table');
const TABLE_CONTEXT = set('table');

export interface MarkupBounds {
  /** Start tags, plus formatting elements the parser reopens; counting stops a little past the limit. */
  elements: number;
  maxDepth: number;
  /** Index in the markup where the depth first exceeded MAX_DEPTH, or -1. */
  cutAt: number;
}

/** An entry of the list of active formatting elements; `open` while its element is on the stack. */
interface Formatting {
  name: string;
  /** The start tag's attribute text: equal text means equal attributes (the converse is not needed). */
  attrs: string;
  open: boolean;
}

interface Open {
  name: string;
  foreign: boolean;
  formatting: Formatting | null;
}

const MARKER = null;

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;

interface TagEnd {
  /** Index of the `>` that ends the tag. */
  gt: number;
  selfClosing: boolean;
  /** Attribute names, collected only when asked. */
  names: string[] | null;
  /** More than MAX_ATTRIBUTES attributes. */
  crowded: boolean;
}

/**
 * Where a tag whose name ends at `from` ends, as the tokenizer sees it: a `>` inside a quoted attribute value does
 * not end it. False when the input ends inside the tag (the tokenizer then drops it). Linear in the tag's length.
 * Writes into `out`, one record per scan: the scan meets every tag of the page, and a record each was garbage.
 */
function tagEnd(html: string, from: number, wantNames: boolean, out: TagEnd): boolean {
  const n = html.length;
  const names: string[] | null = wantNames ? [] : null;
  out.names = names;
  let k = from;
  let count = 0;
  for (;;) {
    while (k < n && isSpace(html.charCodeAt(k))) k++;
    if (k >= n) return false;
    let c = html.charCodeAt(k);
    if (c === 0x3e /* > */) {
      out.gt = k;
      out.selfClosing = false;
      out.crowded = count > MAX_ATTRIBUTES;
      return true;
    }
    if (c === 0x2f /* / */) {
      if (html.charCodeAt(k + 1) === 0x3e) {
        out.gt = k + 1;
        out.selfClosing = true;
        out.crowded = count > MAX_ATTRIBUTES;
        return true;
      }
      k++;
      continue;
    }
    const nameStart = k++; // the first character may be anything, `=` included
    count++;
    while (k < n && !isSpace((c = html.charCodeAt(k))) && c !== 0x2f && c !== 0x3e && c !== 0x3d) k++;
    names?.push(html.slice(nameStart, k).toLowerCase());
    while (k < n && isSpace(html.charCodeAt(k))) k++;
    if (k >= n) return false;
    if (html.charCodeAt(k) !== 0x3d /* = */) continue;
    k++;
    while (k < n && isSpace(html.charCodeAt(k))) k++;
    if (k >= n) return false;
    c = html.charCodeAt(k);
    if (c === 0x22 || c === 0x27) {
      const close = html.indexOf(c === 0x22 ? '"' : "'", k + 1);
      if (close < 0) return false;
      k = close + 1;
    } else if (c !== 0x3e) {
      while (k < n && !isSpace((c = html.charCodeAt(k))) && c !== 0x3e) k++;
    }
  }
}

/** Index of the end tag `</name` (followed by space, `/` or `>`) at or after `from`; name is lower case. */
function rawTextEnd(html: string, name: string, from: number): number {
  for (let k = html.indexOf('</', from); k >= 0; k = html.indexOf('</', k + 2)) {
    if (html.substr(k + 2, name.length).toLowerCase() !== name) continue;
    const after = html.charCodeAt(k + 2 + name.length);
    if (isSpace(after) || after === 0x2f || after === 0x3e) return k;
  }
  return -1;
}

/** Where the next `--!>` is, remembered across comments: it is rare, and searching for it afresh at every comment
 * would scan to the end of the page each time (quadratic in pages with many comments). */
interface BangMemo {
  from: number;
  at: number;
}

/** Index just past a comment that starts at `i` (`<!--`), or -1 when it runs to the end. */
function commentEnd(html: string, i: number, bang: BangMemo): number {
  if (html.charCodeAt(i + 4) === 0x3e) return i + 5; // <!-->
  if (html.startsWith('->', i + 4)) return i + 6; // <!--->
  const a = html.indexOf('-->', i + 4);
  if (bang.at >= 0 ? bang.at < i + 4 : bang.from > i + 4) bang.at = html.indexOf('--!>', (bang.from = i + 4));
  const b = bang.at;
  if (a < 0) return b < 0 ? -1 : b + 4;
  return b >= 0 && b < a ? b + 4 : a + 3;
}

/**
 * Count start tags and estimate the nesting depth of HTML markup in one pass, with indexOf and char codes (no
 * regular expression over the page). It runs on every page before parsing; the work per tag is bounded by the
 * depth, which is bounded by maxDepth, after which only start tags are counted.
 */
export function measureMarkup(html: string, maxDepth = MAX_DEPTH, maxElements = MAX_ELEMENTS): MarkupBounds {
  const n = html.length;
  const stack: Open[] = [];
  const active: (Formatting | typeof MARKER)[] = [];
  let elements = 0;
  let deepest = 0;
  let cutAt = -1;
  let selects = 0;
  let at = 0; // the start of the current construct: where a cut would fall
  const bang: BangMemo = { from: Number.MAX_SAFE_INTEGER, at: -1 }; // not searched yet
  const end: TagEnd = { gt: 0, selfClosing: false, names: null, crowded: false };

  const top = (): Open | undefined => stack[stack.length - 1];
  const inForeign = (): boolean => {
    const t = top();
    return !!t && t.foreign && !INTEGRATION.has(t.name);
  };
  const push = (entry: Open): void => {
    stack.push(entry);
    if (entry.name === 'select') selects++;
    if (!entry.foreign && MARKERS.has(entry.name)) active.push(MARKER);
    if (stack.length > deepest) deepest = stack.length;
    if (stack.length > maxDepth && cutAt < 0) cutAt = at;
  };
  const clearToMarker = (): void => {
    while (active.length) if (active.pop() === MARKER) break;
  };
  const popEntry = (): void => {
    const e = stack.pop()!;
    if (e.name === 'select') selects--;
    if (e.formatting) e.formatting.open = false; // stays on the list: the parser reopens it
    if (!e.foreign && MARKERS.has(e.name)) clearToMarker();
  };
  const popTo = (index: number): void => {
    while (stack.length > index) popEntry();
  };
  const forget = (f: Formatting): void => {
    const k = active.lastIndexOf(f);
    if (k >= 0) active.splice(k, 1);
  };
  /** Index of the nearest open element named `name`, searching down from the top until `stop` says so; or -1. */
  const find = (name: string | ((e: Open) => boolean), stop: (e: Open) => boolean): number => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const e = stack[k]!;
      if (typeof name === 'string' ? e.name === name : name(e)) return k;
      if (stop(e)) return -1;
    }
    return -1;
  };
  const special = (e: Open): boolean => (e.foreign ? INTEGRATION.has(e.name) : SPECIAL.has(e.name));
  const scopeBoundary = (e: Open): boolean => (e.foreign ? INTEGRATION.has(e.name) : SCOPE.has(e.name));
  /** "Reconstruct the active formatting elements": closed ones since the last marker are opened again. */
  const reconstruct = (): void => {
    let k = active.length;
    while (k > 0) {
      const f = active[k - 1];
      if (f === MARKER || f!.open) break;
      k--;
    }
    if (active.length - k > MAX_REOPENED && cutAt < 0) cutAt = at;
    for (; k < active.length; k++) {
      const f = active[k]!;
      f.open = true;
      elements++;
      push({ name: f.name, foreign: false, formatting: f });
    }
  };

  let i = html.indexOf('<');
  let textFrom = 0;
  while (i >= 0 && i + 1 < n && elements <= maxElements) {
    if (cutAt < 0 && i > textFrom && !inForeign()) reconstruct(); // text before this construct
    at = i;
    let c = html.charCodeAt(i + 1);
    let next: number; // where scanning resumes
    if (c === 0x21 /* ! */) {
      if (html.startsWith('--', i + 2)) next = commentEnd(html, i, bang);
      else if (inForeign() && html.startsWith('[CDATA[', i + 2)) next = ((e) => (e < 0 ? -1 : e + 3))(html.indexOf(']]>', i + 9));
      else next = ((e) => (e < 0 ? -1 : e + 1))(html.indexOf('>', i + 2)); // doctype or bogus comment
      if (next < 0) break; // runs to the end: no markup after it
    } else if (c === 0x3f /* ? */) {
      next = html.indexOf('>', i + 2);
      if (next < 0) break;
      next++;
    } else if (c === 0x2f /* / */) {
      const c2 = html.charCodeAt(i + 2);
      if (c2 === 0x3e) next = i + 3; // </>
      else if (!isAsciiLetter(c2)) {
        next = html.indexOf('>', i + 2); // bogus comment
        if (next < 0) break;
        next++;
      } else {
        let j = i + 3;
        while (j < n && !isSpace((c = html.charCodeAt(j))) && c !== 0x2f && c !== 0x3e) j++;
        if (!tagEnd(html, j, false, end)) break;
        if (end.crowded) {
          if (cutAt < 0) cutAt = i;
          break;
        }
        next = end.gt + 1;
        if (cutAt < 0) endTag(html.slice(i + 2, j).toLowerCase());
      }
    } else if (isAsciiLetter(c)) {
      let j = i + 2;
      while (j < n && !isSpace((c = html.charCodeAt(j))) && c !== 0x2f && c !== 0x3e) j++;
      const name = html.slice(i + 1, j).toLowerCase();
      if (!tagEnd(html, j, name === 'font', end)) break;
      if (end.crowded) {
        if (cutAt < 0) cutAt = i; // what follows is not worth a quadratic parse
        break;
      }
      next = end.gt + 1;
      elements++;
      if (name === 'plaintext' && !inForeign()) break; // the rest is text
      if (cutAt < 0) {
        const rawText = startTag(name, end, j);
        if (rawText) {
          const close = rawTextEnd(html, name, next);
          if (close < 0) break; // the rest is text
          next = close;
        }
      } else if (RAWTEXT.has(name)) {
        const close = rawTextEnd(html, name, next);
        if (close < 0) break;
        next = close;
      }
    } else {
      next = i + 1; // a lone `<` is text
    }
    textFrom = next;
    i = html.indexOf('<', next);
  }
  if (cutAt < 0 && textFrom < n && i < 0 && !inForeign()) reconstruct();
  return { elements, maxDepth: deepest, cutAt };

  /** Apply a start tag; true when its content is raw text. */
  function startTag(name: string, end: TagEnd, attrsFrom: number): boolean {
    if (inForeign()) {
      const breaksOut = BREAKOUT.has(name) || (name === 'font' && end.names!.some((a) => a === 'color' || a === 'face' || a === 'size'));
      if (!breaksOut) {
        if (!end.selfClosing) push({ name, foreign: true, formatting: null });
        return false;
      }
      while (inForeign()) popEntry();
    }
    if (ROOTS.has(name)) return false;
    if (name === 'svg' || name === 'math') {
      reconstruct();
      if (!end.selfClosing) push({ name, foreign: true, formatting: null });
      return false;
    }
    // Implied end tags (HTML §13.2.6.4.7, "in body").
    if (CLOSES_P.has(name)) closeP();
    if (HEADINGS.has(name) && HEADINGS.has(top()?.name ?? '')) popEntry();
    if (name === 'li') closeListItem((e) => e.name === 'li');
    else if (name === 'dd' || name === 'dt') closeListItem((e) => e.name === 'dd' || e.name === 'dt');
    else if (name === 'option' || name === 'optgroup') {
      if (top()?.name === 'option') popEntry();
      if (name === 'optgroup' && top()?.name === 'optgroup') popEntry();
    } else if (name === 'button') {
      const k = find('button', scopeBoundary);
      if (k >= 0) popTo(k);
    } else if (name === 'rb' || name === 'rtc' || name === 'rt' || name === 'rp') {
      if (find('ruby', scopeBoundary) >= 0) {
        const implied = name === 'rt' || name === 'rp' ? RUBY_TEXT_END : IMPLIED_END;
        while (stack.length && !top()!.foreign && implied.has(top()!.name)) popEntry();
      }
    } else if (name === 'tr' || name === 'td' || name === 'th' || name === 'tbody' || name === 'thead' || name === 'tfoot' || name === 'caption' || name === 'colgroup') {
      closeTablePart(name);
    } else if (name === 'a' || name === 'nobr') {
      // A second <a> (or <nobr> in scope) first closes the open one, through the adoption agency.
      const k = find(name, (e) => special(e) || scopeBoundary(e));
      if (k >= 0) {
        const f = stack[k]!.formatting;
        popTo(k);
        if (f) forget(f);
      }
    }
    if (VOID.has(name)) {
      reconstruct();
      return false;
    }
    if (!BLOCKS_NO_RECONSTRUCT.has(name)) reconstruct();
    let formatting: Formatting | null = null;
    if (FORMATTING.has(name)) {
      formatting = { name, attrs: html.slice(attrsFrom, end.gt).trim(), open: true };
      noahsArk(formatting);
      active.push(formatting);
    }
    push({ name, foreign: false, formatting });
    // Raw text only where the parser switches the tokenizer: HTML content, and not inside a <select>, where most
    // start tags are ignored (a <title> there is not a title, and what follows it is markup).
    return RAWTEXT.has(name) && (selects === 0 || name === 'script');
  }

  function closeP(): void {
    const k = find('p', (e) => scopeBoundary(e) || (!e.foreign && e.name === 'button'));
    if (k >= 0) popTo(k);
  }

  function closeListItem(matches: (e: Open) => boolean): void {
    const k = find((e) => !e.foreign && matches(e), (e) => special(e) && !(!e.foreign && (e.name === 'address' || e.name === 'div' || e.name === 'p')));
    if (k >= 0) popTo(k);
  }

  /** Table parts close back to their context (HTML §13.2.6.4.9–15); the parser adds a missing tbody and tr. */
  function closeTablePart(name: string): void {
    const context = name === 'td' || name === 'th' ? ROW_CONTEXT : name === 'tr' ? BODY_CONTEXT : TABLE_CONTEXT;
    const k = find((e) => !e.foreign && context.has(e.name), (e) => !e.foreign && e.name === 'template');
    if (k < 0) return; // outside a table the parser ignores them; pushing them errs towards depth
    popTo(k + 1);
    const t = top()!.name;
    if ((name === 'td' || name === 'th' || name === 'tr') && t === 'table') push({ name: 'tbody', foreign: false, formatting: null });
    if ((name === 'td' || name === 'th') && t !== 'tr') push({ name: 'tr', foreign: false, formatting: null });
  }

  /** At most three equal entries after the last marker: the earliest goes (HTML §13.2.4.3). */
  function noahsArk(f: Formatting): void {
    let equal = 0;
    let earliest = -1;
    for (let k = active.length - 1, seen = 0; k >= 0 && seen < 1024; k--, seen++) {
      const e = active[k];
      if (e === MARKER) break;
      if (e!.name === f.name && e!.attrs === f.attrs) {
        equal++;
        earliest = k;
      }
    }
    if (equal >= 3) {
      const gone = active[earliest]!;
      active.splice(earliest, 1);
      // Its element stays open if it is; only the reopening is forgotten.
      for (const e of stack) if (e.formatting === gone) e.formatting = null;
    }
  }

  function endTag(name: string): void {
    if (ROOTS.has(name) || name === 'br') return;
    if (name === 'form') {
      // Removes the form element alone, leaving what was opened inside it open.
      const k = find((e) => !e.foreign && e.name === 'form', scopeBoundary);
      if (k >= 0) {
        const [e] = stack.splice(k, 1);
        if (e!.name === 'select') selects--;
      }
      return;
    }
    if (FORMATTING.has(name) && !inForeign()) {
      let f: Formatting | null = null;
      for (let k = active.length - 1; k >= 0; k--) {
        const e = active[k];
        if (e === MARKER) break;
        if (e!.name === name) {
          f = e!;
          break;
        }
      }
      if (f) {
        if (!f.open) {
          forget(f);
          return;
        }
        let k = stack.length - 1;
        while (k >= 0 && stack[k]!.formatting !== f) k--;
        if (k < 0) {
          forget(f);
          return;
        }
        // With a special element above it, the adoption agency moves elements about without adding depth:
        // leave the stack as it is (as deep, or deeper, than the parser's).
        if (stack.slice(k + 1).some(special)) {
          stack[k]!.formatting = null;
          forget(f);
          return;
        }
        popTo(k);
        forget(f);
        return;
      }
    }
    // Special end tags close to their element in scope; any other end tag stops at a special element.
    const headings = HEADINGS.has(name);
    const matches = (e: Open): boolean => (headings ? !e.foreign && HEADINGS.has(e.name) : e.name === name);
    const k = !inForeign() && SPECIAL.has(name)
      ? find(matches, (e) => scopeBoundary(e) || (name === 'p' && e.name === 'button') || (name === 'li' && (e.name === 'ol' || e.name === 'ul')))
      : find(matches, special);
    if (k >= 0) popTo(k);
  }
}

/** Start tags before which the parser does not reopen formatting elements (they are reopened at their content). */
const BLOCKS_NO_RECONSTRUCT = set(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup ' +
  'main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing form li dd dt plaintext table hr',
);

/** Elements kept in the parsed tree; the rest, in document order, is left out. jsdom's Readability and DOMPurify
 * cost superlinear time in wide trees (5,000 `<p><button>` pairs: 35 s; 10,000 flat `<i>`: 60 s, at load 7 on 2
 * cores), so this is about 1.5 times the largest real page seen (9,888 elements: wikipedia-2, among Readability's
 * test pages and the Polish pages). It bounds the cost; it does not make it 2 s (wikipedia-2 itself takes longer
 * under load). */
export const MAX_TREE_ELEMENTS = 15_000;
/** Element children kept under one parent: just above the widest real parent seen (3,711 spans, archive-of-our-own). */
export const MAX_CHILDREN = 4_000;

export interface TreeBounds {
  elements: number;
  /** Depth of the deepest element left, the root being 1. */
  maxDepth: number;
  /** True when elements were removed (deeper than the limit, past the width, or past the element budget). */
  cut: boolean;
}

/** Remove `from` and every node after it among its siblings. */
function removeFrom(from: ChildNode | null): void {
  while (from) {
    const next: ChildNode | null = from.nextSibling;
    from.remove();
    from = next;
  }
}

/**
 * The same limits on the parsed tree, which is what later stages walk: elements deeper than maxDepth are removed
 * (their content with them), a parent keeps its first maxChildren element children, and after maxElements elements
 * in document order the rest of the tree is removed. Iterative, so a deep tree cannot overflow the stack.
 */
export function limitParsedTree(root: Element, maxDepth = MAX_DEPTH, maxElements = MAX_TREE_ELEMENTS, maxChildren = MAX_CHILDREN): TreeBounds {
  let elements = 0;
  let cut = false;
  let depth = 0;
  let deepest = 0;
  let node: Element | null = root;
  while (node) {
    if (elements >= maxElements) {
      // Budget spent: this element and everything after it goes, up to the root.
      const parent: Element | null = node.parentElement;
      removeFrom(node);
      for (let at = parent; at && at !== root; at = at.parentElement) removeFrom(at.nextSibling);
      cut = true;
      break;
    }
    elements++;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (depth >= maxDepth && node.firstElementChild) {
      while (node.firstChild) node.firstChild.remove();
      cut = true;
    }
    let kept = 0;
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) {
      if (++kept > maxChildren) {
        removeFrom(c);
        cut = true;
        break;
      }
    }
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      depth++;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node && node !== root ? node.nextElementSibling : null;
  }
  return { elements, maxDepth: deepest, cut };
}
