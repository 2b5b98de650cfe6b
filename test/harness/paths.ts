import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = resolve(here, '../fixtures/open');
export const REPO = resolve(here, '../..');
export const SHARED = resolve(REPO, '../shared/fixtures');
export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));
export const POLISH = 'Zażółć gęślą jaźń - źdźbło, łąka i świętość. Mąż, żona i pięć łabędzi płynęło po jeziorze.';
