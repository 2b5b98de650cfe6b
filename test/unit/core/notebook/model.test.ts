import { describe, expect, it } from 'vitest';
import {
  createEntry, draftError, isMarked, markedLemmas, normaliseDraft, searchEntries, sortEntries,
} from '../../../../src/core/notebook/index';
import type { NotebookDraft, NotebookEntry } from '../../../../src/shared/types';

function draft(over: Partial<NotebookDraft> = {}): NotebookDraft {
  return {
    text: 'wysłana', lemma: 'wysłać', lang: 'pl', translation: 'sent', context: 'Wiadomość została wysłana.',
    sourceTitle: 'Syria', sourcePath: '/docs/syria.txt', note: '', ...over,
  };
}

let seq = 0;
function entry(over: Partial<NotebookDraft> = {}, created = '2024-05-01T10:00:00.000Z'): NotebookEntry {
  return createEntry(draft(over), { id: `id-${++seq}`, now: created });
}

describe('createEntry', () => {
  it('stamps id and times and normalises the draft', () => {
    const e = createEntry(draft({ text: '  wysłana \n', lemma: '', translation: ' sent  off ' }), { id: 'x', now: '2024-01-02T03:04:05.000Z' });
    expect(e).toMatchObject({ id: 'x', text: 'wysłana', lemma: 'wysłana', translation: 'sent off', created: '2024-01-02T03:04:05.000Z', updated: '2024-01-02T03:04:05.000Z' });
  });

  it('generates a fresh id when none is given', () => {
    const a = createEntry(draft());
    const b = createEntry(draft());
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps the line breaks of a note', () => {
    expect(normaliseDraft(draft({ note: 'one\r\ntwo' })).note).toBe('one\ntwo');
  });
});

describe('draftError', () => {
  it('refuses an empty word', () => {
    expect(draftError(normaliseDraft(draft({ text: '   ' })))).toEqual({ code: 'notebook-empty-text' });
  });
  it('refuses an overlong field, naming it', () => {
    expect(draftError(draft({ context: 'x'.repeat(2001) }))).toEqual({ code: 'notebook-too-long', params: { field: 'context', max: 2000 } });
  });
  it('refuses an unknown language', () => {
    expect(draftError(draft({ lang: 'de' as never }))?.code).toBe('notebook-bad-entry');
  });
  it('accepts a complete draft', () => {
    expect(draftError(draft())).toBeNull();
  });
});

describe('marking by lemma', () => {
  it('marks every form whose lemma is saved', () => {
    const marked = markedLemmas([entry({ text: 'wysłać', lemma: 'wysłać' })]);
    expect(isMarked(marked, ['wysłana', 'wysłać'])).toBe(true); // "wysłana" → lemma wysłać
    expect(isMarked(marked, ['wysłany'])).toBe(false);
  });
  it('ignores case but not Polish diacritics', () => {
    const marked = markedLemmas([entry({ text: 'Żona', lemma: 'Żona' })]);
    expect(isMarked(marked, ['żona'])).toBe(true);
    expect(isMarked(marked, ['zona'])).toBe(false);
  });
  it('falls back to the text when an entry has no lemma', () => {
    const e = { ...entry(), text: 'Homs', lemma: '' };
    expect(markedLemmas([e]).has('homs')).toBe(true);
  });
});

describe('searchEntries', () => {
  const entries = [
    entry({ text: 'żółw', lemma: 'żółw', translation: 'turtle', context: 'Żółw szedł powoli.' }),
    entry({ text: 'Łódź', lemma: 'Łódź', translation: 'city of Lodz', note: 'city' }),
    entry({ text: 'shelling', lemma: 'shelling', lang: 'en', translation: 'ostrzał', context: 'Heavy shelling continued.' }),
  ];
  it('ignores case and diacritics', () => {
    expect(searchEntries(entries, 'ZOLW').map((e) => e.text)).toEqual(['żółw']);
    expect(searchEntries(entries, 'lodz').map((e) => e.text)).toEqual(['Łódź']);
    expect(searchEntries(entries, 'ostrzal').map((e) => e.text)).toEqual(['shelling']);
  });
  it('searches the context and the note, every word required', () => {
    expect(searchEntries(entries, 'heavy continued').map((e) => e.text)).toEqual(['shelling']);
    expect(searchEntries(entries, 'city').map((e) => e.text)).toEqual(['Łódź']);
    expect(searchEntries(entries, 'heavy turtle')).toEqual([]);
  });
  it('returns everything for an empty query', () => {
    expect(searchEntries(entries, '  ')).toHaveLength(3);
  });
});

describe('sortEntries', () => {
  const entries = [
    entry({ text: 'żaba' }, '2024-01-01T00:00:00.000Z'),
    entry({ text: 'zebra' }, '2024-03-01T00:00:00.000Z'),
    entry({ text: 'cena' }, '2024-02-01T00:00:00.000Z'),
    entry({ text: 'ćma' }, '2024-04-01T00:00:00.000Z'),
    entry({ text: 'Łza' }, '2024-05-01T00:00:00.000Z'),
    entry({ text: 'lato' }, '2024-06-01T00:00:00.000Z'),
  ];
  it('sorts alphabetically in Polish order (c < ć, l < ł, z < ż)', () => {
    expect(sortEntries(entries, 'alpha').map((e) => e.text)).toEqual(['cena', 'ćma', 'lato', 'Łza', 'zebra', 'żaba']);
  });
  it('sorts by date, newest first, without touching the input', () => {
    expect(sortEntries(entries, 'date').map((e) => e.text)).toEqual(['lato', 'Łza', 'ćma', 'zebra', 'cena', 'żaba']);
    expect(entries[0]!.text).toBe('żaba');
  });
});
