import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../src/shared/api';
import { GLOSSARY_ARTICLE_CHARS } from '../../../src/shared/api';
import { validArguments } from '../../../src/main/ipc-validate';

describe('IPC argument checks', () => {
  it('accepts well-formed calls', () => {
    expect(validArguments('initialDocument', [])).toBe(true);
    expect(validArguments('openDocument', [null])).toBe(true);
    expect(validArguments('openDocument', ['/tmp/a.html'])).toBe(true);
    expect(validArguments('lookup', [{ text: 'fled', lang: 'auto' }])).toBe(true);
    expect(validArguments('lookup', [{ text: 'fled', lang: 'en', sentence: 'He has fled.', offset: 7 }])).toBe(true);
    expect(validArguments('setSettings', [{ theme: 'dark', fontSize: 20 }])).toBe(true);
    expect(validArguments('glossary', [[{ text: 'Więcej', kind: 'button' }], ''])).toBe(true);
    expect(validArguments('glossary', [[{ text: 'Więcej', kind: 'button', link: true, headline: false, hidden: true, pageLang: 'pl' }], ''])).toBe(true);
    expect(validArguments('glossary', [[{ text: 'Więcej', kind: 'button', hidden: 'yes' }], ''])).toBe(false);
    expect(validArguments('glossary', [[{ text: 'Więcej', kind: 'button', pageLang: 'de' }], ''])).toBe(false);
    expect(validArguments('glossary', [[{ text: 'Więcej', kind: 'button' }]])).toBe(false);
    expect(validArguments('glossary', [[{ text: 'Więcej', kind: 'button' }], 'x'.repeat(GLOSSARY_ARTICLE_CHARS + 1)])).toBe(false);
    expect(validArguments('print', [{ images: true, fontSize: 12, glossaryAppendix: false, vocabularyAppendix: false }])).toBe(true);
  });

  it('rejects unknown methods, wrong arity and wrong types', () => {
    expect(validArguments('eval', ['1'])).toBe(false);
    expect(validArguments('__proto__', [])).toBe(false);
    expect(validArguments('openDocument', [])).toBe(false);
    expect(validArguments('openDocument', ['a', 'b'])).toBe(false);
    expect(validArguments('openDocument', [42])).toBe(false);
    expect(validArguments('lookup', [{ text: 'x', lang: 'de' }])).toBe(false);
    expect(validArguments('lookup', [{ text: 'x'.repeat(10_000), lang: 'en' }])).toBe(false);
    expect(validArguments('lookup', [{ text: 'x', lang: 'en', sentence: 'x'.repeat(1001) }])).toBe(false);
    expect(validArguments('lookup', [{ text: 'x', lang: 'en', sentence: 'x', offset: 1.5 }])).toBe(false);
    expect(validArguments('setSettings', [{ theme: 'neon' }])).toBe(false);
    expect(validArguments('setSettings', [{ fontSize: Number.NaN }])).toBe(false);
  });

  it('rejects unknown keys and non-plain objects', () => {
    expect(validArguments('setSettings', [{ theme: 'dark', exec: 'rm -rf /' }])).toBe(false);
    expect(validArguments('setSettings', [JSON.parse('{"__proto__": {"polluted": true}}')])).toBe(false);
    expect(validArguments('setSettings', [new Date()])).toBe(false);
    expect(validArguments('setSettings', [[]])).toBe(false);
    expect(validArguments('lookup', [{ lang: 'en' }])).toBe(false);
  });

  it('takes the window\'s print-ready word only in one of its two shapes', () => {
    expect(validArguments('printReady', [{ ok: true, title: 'T', source: '/a.html' }])).toBe(true);
    expect(validArguments('printReady', [{ ok: false, message: 'The file does not exist.' }])).toBe(true);
    expect(validArguments('printReady', [{ ok: true, message: 'x' }])).toBe(false);
    expect(validArguments('printReady', [{ ok: 'yes', title: 'T', source: '/a.html' }])).toBe(false);
    expect(validArguments('printReady', [{ ok: true, title: 'T' }])).toBe(false);
  });

  it('has a check for every method of the contract', () => {
    for (const method of API_METHODS) expect(validArguments(method, ['x', 'y', 'z', 'w'])).toBe(false);
    const noArgs = API_METHODS.filter((m) => validArguments(m, []));
    expect(noArgs.sort()).toEqual(['getSettings', 'initialDocument', 'notebookImport', 'notebookList', 'storageStatus']);
  });
});
