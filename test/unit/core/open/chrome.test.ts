// The chrome walk: which texts and attribute strings become chrome candidates, and which are hidden.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { collectCandidates } from '../../../../src/core/open/chrome';

const doc = (html: string): Document => new JSDOM(html).window.document;

describe('collectCandidates: hidden text and field hints', () => {
  it('lists the hidden part of a link apart from its shown part, and a text field\'s written-in hint', () => {
    const body = doc(`<body><nav><a href="/2"><span class="sr-only">Kolejna strona</span><span aria-hidden="true">dalej</span></a></nav>
      <form><input type="text" name="q" value="twój e-mail"><input type="hidden" name="t" value="abc123"><input type="submit" value="Wyślij"></form></body>`).body;
    const items = collectCandidates(body).map(({ text, hidden }) => ({ text, ...(hidden ? { hidden } : {}) }));
    expect(items).toEqual([{ text: 'Kolejna strona' }, { text: 'dalej', hidden: true }, { text: 'twój e-mail' }, { text: 'Wyślij' }]);
  });
});
