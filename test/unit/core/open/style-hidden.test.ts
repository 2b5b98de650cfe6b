// The page's own <style> rules that hide elements (display:none with the cascade), read from the markup, so that a
// DOM env that drops style sheets (jsdom's) marks the same hidden chrome as the renderer.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { displayRules, pageCss, specificity, styleHiddenElements } from '../../../../src/core/open/style-hidden';
import { readDocument } from '../../../../src/core/open/pipeline';
import { jsdomDomEnv } from '../../../../src/node/jsdom-env';

const doc = (html: string): Document => new JSDOM(html).window.document;
const hiddenIds = (html: string): string[] => [...styleHiddenElements(doc(html), pageCss(html))].map((e) => e.id).sort();

describe('pageCss', () => {
  it('reads every <style> for the screen, not those for print', () => {
    const css = pageCss('<style>.a{display:none}</style><p>x</p><STYLE media="print">.b{display:none}</STYLE><style media=screen>.c{color:red}</style>');
    expect(css).toContain('.a{display:none}');
    expect(css).not.toContain('.b');
    expect(css).toContain('.c{color:red}');
  });
  it('stops at an unclosed <style>', () => {
    expect(pageCss('<style>.a{display:none}')).toBe('');
  });
});

describe('displayRules', () => {
  it('keeps top-level display rules, not those in @media, for :hover or in comments', () => {
    const rules = displayRules('@import url(x.css); .a, .b:hover {display:none} @media (max-width:600px){.c{display:none}} /* .d{display:none} */ .e{display:block!important}');
    expect(rules.map((r) => [r.selector, r.none, r.important])).toEqual([['.a', true, false], ['.e', false, true]]);
  });
  it('ranks ids over classes over types', () => {
    expect(specificity('#m')).toBeGreaterThan(specificity('.a .b .c'));
    expect(specificity('.a')).toBeGreaterThan(specificity('div span'));
  });
});

describe('styleHiddenElements', () => {
  it('applies display:none with the cascade and inline styles', () => {
    const html = `<style>
      [data-x]{position:absolute;display:none}
      .sub .menu{display:none}
      .menu.open{display:block}
      .later{display:none}
      .later{display:flex}
      li:hover .tip{display:none}
    </style><body>
      <div id="h1" data-x="">a</div>
      <div class="sub"><ul class="menu" id="h2"></ul><ul class="menu open" id="shown"></ul></div>
      <p class="later" id="later"></p>
      <li><span class="tip" id="tip"></span></li>
      <div data-x="" id="inline" style="display:block"></div>
    </body>`;
    expect(hiddenIds(html)).toEqual(['h1', 'h2']);
  });
  it('ignores selectors the DOM cannot parse', () => {
    expect(hiddenIds('<style>a:unknown-pseudo(1){display:none} #k{display:none}</style><a id="k"></a>')).toEqual(['k']);
  });
});

describe('readDocument', () => {
  it('marks chrome hidden by the page\'s style rules as hidden, though jsdom never sees the sheets', () => {
    const html = `<html lang="pl"><head><style>.sub-menu{display:none}</style></head><body>
      <nav><ul><li><a href="/a">Wiadomości</a><ul class="sub-menu"><li><a href="/b">Kraj i świat</a></li></ul></li></ul></nav>
      <article><h1>Tytuł</h1><p>${'Treść artykułu jest długa i ma wiele zdań. '.repeat(30)}</p></article></body></html>`;
    const result = readDocument({ bytes: new TextEncoder().encode(html), name: 'page.html' }, jsdomDomEnv());
    if (!result.ok) throw new Error(result.error.code);
    const chrome = result.value.chrome;
    expect(chrome.find((c) => c.text === 'Kraj i świat')?.hidden).toBe(true);
    expect(chrome.find((c) => c.text === 'Wiadomości')?.hidden).toBeUndefined();
  });
});
