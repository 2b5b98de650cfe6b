import { mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JsonStore } from '../../../../src/node/storage/json-store';

interface Counter { n: number; items: number[] }

const validate = (x: unknown): Counter | null =>
  typeof x === 'object' && x !== null && typeof (x as Counter).n === 'number' && Array.isArray((x as Counter).items)
    ? (x as Counter)
    : null;

let dir: string;
let file: string;
const open = () => new JsonStore<Counter>(file, { defaults: () => ({ n: 0, items: [] }), validate });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'glosa-store-'));
  file = join(dir, 'doc.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('JsonStore', () => {
  it('starts from the defaults when there is no file, without reporting a recovery', async () => {
    const loaded = await open().load();
    expect(loaded).toEqual({ value: { n: 0, items: [] }, recovered: 'none' });
  });

  it('writes the document and keeps the previous version as .bak', async () => {
    const store = open();
    await store.update((v) => ({ ...v, n: 1 }));
    await store.update((v) => ({ ...v, n: 2 }));
    expect(JSON.parse(await readFile(file, 'utf8')).n).toBe(2);
    expect(JSON.parse(await readFile(`${file}.bak`, 'utf8')).n).toBe(1);
    expect((await open().load()).value.n).toBe(2);
  });

  it('leaves no temporary files behind', async () => {
    const store = open();
    for (let i = 0; i < 5; i++) await store.update((v) => ({ ...v, n: i }));
    expect((await readdir(dir)).sort()).toEqual(['doc.json', 'doc.json.bak']);
  });

  it('does not write when the update returns the value unchanged', async () => {
    const store = open();
    await store.update((v) => v);
    expect(await readdir(dir)).toEqual([]);
  });

  it('sets a corrupt file aside and recovers the last good version from .bak', async () => {
    const store = open();
    await store.update((v) => ({ ...v, n: 1 }));
    await store.update((v) => ({ ...v, n: 2 }));
    await writeFile(file, '{"n": 3, "items": [1, 2'); // torn write / garbage

    const loaded = await open().load();
    expect(loaded.recovered).toBe('backup');
    expect(loaded.value.n).toBe(1);
    expect(loaded.setAside).toMatch(/doc\.json\.corrupt-/);
    expect(await readFile(loaded.setAside!, 'utf8')).toBe('{"n": 3, "items": [1, 2');
    // The good version is back in place, so the next start is clean.
    expect(JSON.parse(await readFile(file, 'utf8')).n).toBe(1);
    expect((await open().load()).recovered).toBe('none');
  });

  it('treats a file that parses but fails validation as corrupt', async () => {
    const store = open();
    await store.update((v) => ({ ...v, n: 5 }));
    await store.update((v) => ({ ...v, n: 6 }));
    await writeFile(file, '{"n": "six"}');
    const loaded = await open().load();
    expect(loaded.recovered).toBe('backup');
    expect(loaded.value.n).toBe(5);
  });

  it('falls back to the defaults when both the file and .bak are unusable, and says so', async () => {
    await writeFile(file, 'garbage');
    await writeFile(`${file}.bak`, '');
    const loaded = await open().load();
    expect(loaded.recovered).toBe('defaults');
    expect(loaded.value).toEqual({ n: 0, items: [] });
    const names = await readdir(dir);
    expect(names.filter((n) => n.includes('.corrupt-'))).toHaveLength(2);
  });

  it('applies 100 parallel updates one after the other, losing none', async () => {
    const store = open();
    await Promise.all(Array.from({ length: 100 }, (_, i) => store.update((v) => ({ n: v.n + 1, items: [...v.items, i] }))));
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as Counter;
    expect(onDisk.n).toBe(100);
    expect([...onDisk.items].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('keeps the queue going after an update function throws', async () => {
    const store = open();
    const failed = store.update(() => { throw new Error('boom'); });
    const next = store.update((v) => ({ ...v, n: 7 }));
    await expect(failed).rejects.toThrow('boom');
    expect((await next).n).toBe(7);
  });

  it('builds on a version another process wrote since the last read', async () => {
    const a = open();
    const b = open();
    await a.update((v) => ({ ...v, items: [...v.items, 1] }));
    await b.update((v) => ({ ...v, items: [...v.items, 2] }));
    await a.update((v) => ({ ...v, items: [...v.items, 3] }));
    expect((await open().load()).value.items).toEqual([1, 2, 3]);
  });

  it('does not rotate a file another process corrupted into .bak', async () => {
    const store = open();
    await store.update((v) => ({ ...v, n: 1 }));
    await store.update((v) => ({ ...v, n: 2 }));
    await writeFile(file, 'garbage from elsewhere');
    await store.update((v) => ({ ...v, n: 3 }));
    expect(JSON.parse(await readFile(file, 'utf8')).n).toBe(3);
    expect(JSON.parse(await readFile(`${file}.bak`, 'utf8')).n).toBe(1);
  });

  it('removes temporary files a killed writer left behind, but not fresh ones', async () => {
    const old = new Date(Date.now() - 120_000);
    for (const name of ['doc.json.123456789', 'doc.json.bak.42.tmp', 'doc.json.corrupt-2024-01-01T00-00-00-000Z']) {
      await writeFile(join(dir, name), 'x');
      await utimes(join(dir, name), old, old);
    }
    await writeFile(join(dir, 'doc.json.987'), 'being written right now');
    await open().load();
    expect((await readdir(dir)).sort()).toEqual(['doc.json.987', 'doc.json.corrupt-2024-01-01T00-00-00-000Z']);
  });
});
