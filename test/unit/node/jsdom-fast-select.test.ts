// The fast path for tag and attribute-presence lists must answer exactly what jsdom's own selector engine does:
// the same elements in the same order, across namespaces, letter case and selectors it does not take.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { installFastSelect } from '../../../src/node/jsdom-fast-select';

const HTML =
  '<div id=a class=b><p for=x>1</p><svg><foreignObject><p name=z></p></foreignObject><a href=q xlink:href=r></a>' +
  '<image href=h></image><title>t</title></svg><P ID=U>2</P><img src=1><img data-src=2><span Class=c><i>3</i></span>' +
  '<template><p id=t></p></template><table><tr><td headers=h>4</td></tr></table></div>';

const SELECTORS = [
  'p', 'P', 'div,p', ' h1 , h2 ', 'foreignObject', 'foreignobject', 'title', 'image', 'td', 'tbody', 'i',
  '[id],[name],[class],[for],[headers]', '[href]', '[ID]', 'img[src]', 'img, source', '[src],[data-src],[href]',
  'a[href^="#"]', 'div > p', '.b', '*', 'p:not([id])',
];

const describeEl = (e: Element): string => `${e.localName}#${e.getAttribute('id') ?? e.textContent}`;

describe('fast tag-list selectors under jsdom', () => {
  const plain = new JSDOM(HTML).window.document;
  const window = new JSDOM(HTML).window;
  installFastSelect(window);
  const fast = window.document;

  for (const selector of SELECTORS) {
    it(`answers ${JSON.stringify(selector)} as jsdom does`, () => {
      for (const [a, b] of [[plain, fast], [plain.body, fast.body], [plain.querySelector('svg')!, fast.querySelector('svg')!]] as const) {
        expect(Array.from(b.querySelectorAll(selector), describeEl)).toEqual(Array.from(a.querySelectorAll(selector), describeEl));
        const first = b.querySelector(selector);
        expect(first && describeEl(first)).toEqual(a.querySelector(selector) && describeEl(a.querySelector(selector)!));
      }
    });
  }

  it('answers inside template contents as jsdom does', () => {
    const a = plain.querySelector('template') as HTMLTemplateElement;
    const b = fast.querySelector('template') as HTMLTemplateElement;
    expect(Array.from(b.content.querySelectorAll('p'), describeEl)).toEqual(Array.from(a.content.querySelectorAll('p'), describeEl));
  });
});
