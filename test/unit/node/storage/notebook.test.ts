import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNotebook, NOTEBOOK_FILE } from '../../../../src/node/storage/notebook';
import { isMarked, markedLemmas } from '../../../../src/core/notebook/index';
import type { NotebookDraft, NotebookEntry, Result } from '../../../../src/shared/types';

const draft = (over: Partial<NotebookDraft> = {}): NotebookDraft => ({
  text: 'wysłana', lemma: 'wysłać', lang: 'pl', translation: 'sent', context: 'Wiadomość została wysłana.',
  sourceTitle: 'Syria', sourcePath: '/docs/syria.txt', note: '', ...over,
});

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.value;
}

let dir: string;
let clock: number;
let ids: number;
const open = () => createNotebook(dir, {
  now: () => new Date(Date.UTC(2024, 0, 1) + 1000 * clock++).toISOString(),
  newId: () => `e${++ids}`,
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'glosa-notebook-'));
  clock = 0;
  ids = 0;
});
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('createNotebook', () => {
  it('saves an entry durably, with id and times, and lists it after a restart', async () => {
    const saved = value(await open().notebookSave(draft()));
    expect(saved).toMatchObject({ id: 'e1', text: 'wysłana', lemma: 'wysłać', created: '2024-01-01T00:00:00.000Z' });
    const onDisk = JSON.parse(await readFile(join(dir, NOTEBOOK_FILE), 'utf8'));
    expect(onDisk).toEqual({ version: 1, entries: [saved] });
    expect(await open().notebookList()).toEqual([saved]);
  });

  it('marks the saved lemma in other forms of the word', async () => {
    const nb = open();
    value(await nb.notebookSave(draft({ text: 'wysłać', lemma: 'wysłać' })));
    const marked = markedLemmas(await nb.notebookList());
    expect(isMarked(marked, ['wysłać'])).toBe(true); // "wysłana", looked up, has lemma wysłać
    expect(isMarked(marked, ['wysłany', 'wysyłać'])).toBe(false);
  });

  it('refuses a duplicate (same text, lemma and translation) and an empty word', async () => {
    const nb = open();
    value(await nb.notebookSave(draft()));
    expect(await nb.notebookSave(draft({ text: 'Wysłana ' }))).toEqual({ ok: false, error: { code: 'notebook-duplicate', params: { text: 'wysłana', id: 'e1' } } });
    expect(value(await nb.notebookSave(draft({ translation: 'dispatched' }))).id).toBe('e2');
    expect(await nb.notebookSave(draft({ text: ' ' }))).toEqual({ ok: false, error: { code: 'notebook-empty-text' } });
    expect(await nb.notebookList()).toHaveLength(2);
  });

  it('updates the translation and note, stamping the update time', async () => {
    const nb = open();
    const saved = value(await nb.notebookSave(draft()));
    const updated = value(await nb.notebookUpdate(saved.id, { note: 'past participle\nfeminine' }));
    expect(updated).toMatchObject({ translation: 'sent', note: 'past participle\nfeminine', created: saved.created });
    expect(updated.updated > saved.updated).toBe(true);
    expect((await open().notebookList())[0]!.note).toBe('past participle\nfeminine');
    expect(await nb.notebookUpdate('nope', { note: 'x' })).toEqual({ ok: false, error: { code: 'notebook-not-found' } });
    expect((await nb.notebookUpdate(saved.id, { note: 'x'.repeat(3000) })).ok).toBe(false);
  });

  it('deletes, and restores the same entry with its id and times (undo)', async () => {
    const nb = open();
    const a = value(await nb.notebookSave(draft()));
    const b = value(await nb.notebookSave(draft({ text: 'dom', lemma: 'dom', translation: 'house' })));
    const deleted = value(await nb.notebookDelete(a.id));
    expect(deleted).toEqual(a);
    expect((await open().notebookList()).map((e) => e.id)).toEqual([b.id]);
    expect(await nb.notebookDelete(a.id)).toEqual({ ok: false, error: { code: 'notebook-not-found' } });
    expect(value(await nb.notebookRestore(deleted))).toEqual(a);
    expect(value(await nb.notebookRestore(deleted))).toEqual(a); // twice: still one copy
    const after = await open().notebookList();
    expect(after.map((e) => e.id).sort()).toEqual([a.id, b.id]);
  });

  it('refuses to restore something that is not an entry', async () => {
    const result = await open().notebookRestore({ id: 'x' } as NotebookEntry);
    expect(result.ok).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });

  it('exports each format and re-imports its own TSV without duplicates', async () => {
    const nb = open();
    value(await nb.notebookSave(draft()));
    value(await nb.notebookSave(draft({ text: 'shelling', lemma: 'shelling', lang: 'en', translation: 'ostrzał' })));
    const tsv = await nb.exportNotebook('tsv');
    expect(tsv.split('\n').filter((l) => l && !l.startsWith('#'))).toHaveLength(2);
    expect(await nb.exportNotebook('csv')).toContain('shelling,shelling,en,ostrzał');
    expect(await nb.exportNotebook('md')).toContain('| shelling |  | ostrzał |');
    expect(await nb.importNotebook(tsv)).toEqual({ added: 0, skipped: 2 });

    // Into an empty notebook in another folder: everything comes back.
    const other = await mkdtemp(join(tmpdir(), 'glosa-notebook-'));
    try {
      const fresh = createNotebook(other);
      expect(await fresh.importNotebook(tsv)).toEqual({ added: 2, skipped: 0 });
      const strip = ({ id: _i, updated: _u, ...rest }: NotebookEntry) => rest;
      expect((await fresh.notebookList()).map(strip)).toEqual((await nb.notebookList()).map(strip));
      expect(await fresh.importNotebook(tsv)).toEqual({ added: 0, skipped: 2 });
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('recovers from a corrupt notebook file with the last good version and reports it', async () => {
    const nb = open();
    value(await nb.notebookSave(draft()));
    value(await nb.notebookSave(draft({ text: 'dom', lemma: 'dom', translation: 'house' })));
    await writeFile(join(dir, NOTEBOOK_FILE), '{"version":1,"entries":[{"id":');
    const reopened = open();
    expect((await reopened.notebookList()).map((e) => e.text)).toEqual(['wysłana']);
    const status = await reopened.loadStatus();
    expect(status.recovered).toBe('backup');
    expect(await readFile(status.setAside!, 'utf8')).toBe('{"version":1,"entries":[{"id":');
  });

  it('keeps every one of 100 saves made at once (two windows saving together)', async () => {
    const nb = open();
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) =>
      nb.notebookSave(draft({ text: `słowo${i}`, lemma: `słowo${i}` }))));
    expect(results.every((r) => r.ok)).toBe(true);
    const texts = (await open().notebookList()).map((e) => e.text);
    expect(new Set(texts).size).toBe(100);
  });
});
