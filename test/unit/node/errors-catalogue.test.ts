import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../harness/paths';

const load = (lang: string) => JSON.parse(readFileSync(join(REPO, `resources/locales/${lang}/errors.json`), 'utf8')) as Record<string, string>;
const CODES = ['file-missing', 'file-is-directory', 'file-too-large', 'file-unreadable', 'file-empty', 'file-binary', 'unsupported-format', 'mhtml-broken', 'page-too-large', 'page-unparsable', 'file-not-chosen', 'drop-unsupported'];

describe('errors.json', () => {
  it('has every code of the opening pipeline, in English and Polish, with the same parameters', () => {
    const en = load('en');
    const pl = load('pl');
    for (const code of CODES) {
      expect(en[code], code).toBeTruthy();
      expect(pl[code], code).toBeTruthy();
    }
    const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const code of CODES) expect(params(pl[code]!)).toEqual(params(en[code]!));
  });
});
