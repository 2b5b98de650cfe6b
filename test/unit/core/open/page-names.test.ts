// A page's ids and classes must not share the app's namespace: whatever the page calls its elements, no app
// selector or style can match them, and no app element can be taken over by id.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../src/core/open/pipeline';
import { PAGE_NAME_PREFIX } from '../../../../src/core/open/sanitise';
import { jsdomDomEnv } from '../../../../src/node/jsdom-env';
import { POLISH, REPO } from '../../../harness/paths';

const open = (name: string, html: string) => {
  const result = readDocument({ bytes: new TextEncoder().encode(html), name }, jsdomDomEnv());
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};
const parse = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body;

// No text at all (images only), so Readability finds no article and the whole sanitised page is shown.
const HOSTILE_PAGE = `<!doctype html><html><body>
  <div id="glossary" class="drop-overlay article layout"><img src="https://x.test/a.png" alt="Strona"></div>
  <label for="theme" id=""><img alt="Motyw"></label> <p aria-labelledby="open glossary" name="settings"><img alt="x"></p>
  <table><tr><td headers="article"><img alt="k"></td></tr></table>
  <a href="#sekcja" tabindex="1"><img alt="skocz"></a> <div popover="manual"><img alt="p"></div> <h2 id="sekcja" class=" a\tb "><img alt="S"></h2>
</body></html>`;

describe('page names are namespaced', () => {
  it('prefixes every id, class, name and id reference of the page, and in-page links with them', () => {
    const doc = open('hostile.html', HOSTILE_PAGE);
    expect(doc.fallback).toBe(true);
    const body = parse(doc.html);
    expect(body.querySelector('#glossary, .drop-overlay, .article, .layout, [for="theme"]')).toBeNull();
    expect(body.querySelector(`#${PAGE_NAME_PREFIX}glossary`)?.className).toBe(`${PAGE_NAME_PREFIX}drop-overlay ${PAGE_NAME_PREFIX}article ${PAGE_NAME_PREFIX}layout`);
    expect(body.querySelector('label')!.getAttribute('for')).toBe(`${PAGE_NAME_PREFIX}theme`);
    expect(body.querySelector('label')!.hasAttribute('id')).toBe(false);
    expect(body.querySelector('p[aria-labelledby]')!.getAttribute('aria-labelledby')).toBe(`${PAGE_NAME_PREFIX}open ${PAGE_NAME_PREFIX}glossary`);
    expect(body.querySelector('td')!.getAttribute('headers')).toBe(`${PAGE_NAME_PREFIX}article`);
    expect(body.querySelector('a')!.getAttribute('href')).toBe(`#${PAGE_NAME_PREFIX}sekcja`);
    expect(body.querySelector('[tabindex], [popover]')).toBeNull();
    expect(body.querySelector('h2')!.className).toBe(`${PAGE_NAME_PREFIX}a ${PAGE_NAME_PREFIX}b`);
    for (const el of Array.from(body.querySelectorAll('[id], [class]'))) {
      if (el.id) expect(el.id.startsWith(PAGE_NAME_PREFIX)).toBe(true);
      // The image placeholders are the sanitiser's own, made after the page's names were namespaced.
      const own = ['remote-image', 'missing-image'];
      for (const name of Array.from(el.classList)) expect(name.startsWith(PAGE_NAME_PREFIX) || own.includes(name), name).toBe(true);
    }
  });

  it('does the same in an article Readability extracts', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p class="notebook-panel" id="p${i}">${POLISH} Akapit ${i}.</p>`).join('');
    const doc = open('article.html', `<!doctype html><title>Tytuł</title><body><article id="notice">${paragraphs}</article></body>`);
    expect(doc.fallback).toBe(false);
    const body = parse(doc.html);
    expect(body.querySelector('#notice, #p0, .notebook-panel')).toBeNull();
    for (const el of Array.from(body.querySelectorAll('[id]'))) expect(el.id.startsWith(PAGE_NAME_PREFIX), el.id).toBe(true);
  });

  it('keeps the text dump’s own classes, which only Glosa writes', () => {
    const text = readFileSync(join(REPO, 'seeds/syria-homs.txt'));
    const result = readDocument({ bytes: new Uint8Array(text), name: 'syria-homs.txt' }, jsdomDomEnv());
    expect(result.ok && parse(result.value.html).querySelector('p.dateline, p.lede')).toBeTruthy();
  });
});

describe('the app has no name in the page namespace', () => {
  const renderer = join(REPO, 'src/renderer');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

  it('in its page, its scripts, and its styles outside the article', () => {
    const prefix = PAGE_NAME_PREFIX.replace(/-/g, '\\-');
    for (const file of files(renderer)) {
      const text = readFileSync(file, 'utf8');
      if (file.endsWith('.css')) {
        // A rule may style a page class only inside the article, where page content is.
        for (const match of text.matchAll(new RegExp(`[.#]${prefix}[\\w-]*`, 'g'))) {
          const selector = text.slice(Math.max(text.lastIndexOf('}', match.index), text.lastIndexOf(',', match.index)) + 1, match.index);
          expect(selector, `${file}: ${match[0]}`).toMatch(/\.article\s+$/);
        }
      } else {
        expect(text, file).not.toMatch(new RegExp(`(?:id|class)="${prefix}|['"\`.#]${prefix}`));
      }
    }
  });
});
