// A <form> in a browser exposes its controls as properties that override built-ins, so form.parentNode can
// be an <input name="parentNode">. jsdom does not do this, so the test makes the same override by hand.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleParagraphs } from '../../../../src/core/open/article-text';
import { collectCandidates } from '../../../../src/core/open/chrome';

function clobberedPage() {
  const { document } = new JSDOM(`<body><div><p>Before the form.</p>
    <form><input name="parentNode"><input name="nextSibling"><input name="localName"><input name="getAttribute">
    <label>Szukaj</label></form><p>After the form.</p></div></body>`).window;
  const form = document.querySelector('form')!;
  for (const input of form.querySelectorAll('input')) {
    Object.defineProperty(form, input.name, { value: input, configurable: true });
  }
  return document;
}

describe('walks over a page with DOM clobbering', () => {
  it('finish and keep the text on both sides of the clobbering form', () => {
    const document = clobberedPage();
    expect(articleParagraphs(document.body).join('|')).toBe('Before the form.|Szukaj|After the form.');
    const texts = collectCandidates(document.body).map((c) => c.text);
    expect(texts).toContain('Szukaj');
    expect(texts).toContain('After the form.');
  });
});

describe('defuseClobbering', () => {
  it('removes names and ids that shadow built-ins of the document or the form, and keeps the rest', async () => {
    const { defuseClobbering } = await import('../../../../src/core/open/dom-nav');
    const { document } = new JSDOM(`<body><img name="getElementById" src="a.png"><img name="photo" src="b.png">
      <form><input name="parentNode"><input id="action"><input name="email"></form><p id="intro">x</p></body>`).window;
    expect(defuseClobbering(document)).toBe(3);
    expect([...document.querySelectorAll('[name], [id]')].map((e) => e.getAttribute('name') ?? e.getAttribute('id'))).toEqual(['photo', 'email', 'intro']);
  });
});
