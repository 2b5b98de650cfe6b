// Every error code the app can raise (src/shared/errors.ts) has a message in each interface language, with the
// same {{parameters}} in each, and errors.json holds no message for a code that no longer exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src/shared/errors';
import { UI_LANGS } from '../../../src/shared/settings';
import { REPO } from '../../harness/paths';

const load = (lang: string) => JSON.parse(readFileSync(join(REPO, `resources/locales/${lang}/errors.json`), 'utf8')) as Record<string, string>;
const params = (message: string) => [...message.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('errors.json', () => {
  const messages = Object.fromEntries(UI_LANGS.map((lang) => [lang, load(lang)]));

  it.each(UI_LANGS)('has a message for every error code and no other (%s)', (lang) => {
    expect(Object.keys(messages[lang]!).sort()).toEqual([...ERROR_CODES].sort());
    for (const code of ERROR_CODES) expect(messages[lang]![code]?.trim(), code).toBeTruthy();
  });

  it.each(ERROR_CODES)('gives "%s" the same parameters in every language', (code) => {
    const english = params(messages.en![code]!);
    for (const lang of UI_LANGS) expect(params(messages[lang]![code]!), lang).toEqual(english);
  });
});
