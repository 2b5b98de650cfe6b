// Plain text of an article element: block elements separated by blank lines, <br> as a line break, whitespace
// collapsed outside <pre>. Image placeholders are skipped (their alt text is an image, not a sentence).

const BLOCK = new Set(
  ('address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
    'header hgroup hr li main nav ol p pre section summary table caption thead tbody tfoot tr ul legend').split(' '),
);
const CELL = new Set(['td', 'th']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

export function isBlock(tag: string): boolean {
  return BLOCK.has(tag);
}

/** Paragraphs of text under `root`, in order. */
export function articleParagraphs(root: Node): string[] {
  const paragraphs: string[] = [];
  let line = '';
  let lines: string[] = [];
  const flush = (): void => {
    const block = [...lines, line].map((l) => l.replace(/[ \t\f\r\n\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n');
    if (block) paragraphs.push(block);
    line = '';
    lines = [];
  };
  // Iterative walk: pages may nest deeply and recursion would overflow the stack.
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) continue;
    const el = node as Element;
    const tag = node.nodeType === 1 ? el.localName : '';
    if (exit) {
      if (BLOCK.has(tag)) flush();
      else if (CELL.has(tag)) line += ' ';
      continue;
    }
    if (SKIP.has(tag)) continue;
    if (tag === 'span' && (el.classList.contains('remote-image') || el.classList.contains('missing-image'))) continue;
    if (tag === 'br') {
      lines.push(line);
      line = '';
      continue;
    }
    if (tag === 'pre') {
      flush();
      const pre = (el.textContent ?? '').replace(/^\n|\s+$/g, '');
      if (pre) paragraphs.push(pre);
      continue;
    }
    if (BLOCK.has(tag)) flush();
    stack.push({ node, exit: true });
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child, exit: false });
  }
  flush();
  return paragraphs;
}

export function articleText(root: Node): string {
  return articleParagraphs(root).join('\n\n');
}
