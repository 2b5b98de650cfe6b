import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readKlaro, readRedmine } from '../../../../scripts/glossary/read-sources';

const dir = mkdtempSync(join(tmpdir(), 'glosa-read-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('YAML catalogues', () => {
  it('pairs Klaro translations by key, block scalars and quoted values included', () => {
    writeFileSync(join(dir, 'en.yml'), 'ok: "Accept"\nconsentModal:\n  title: Services\n  description: |\n    You can customise\n    the services.\n');
    writeFileSync(join(dir, 'pl.yml'), "ok: 'Akceptuję'\nconsentModal:\n  title: Usługi\n  description: >\n    Możesz dostosować\n    usługi.\n");
    expect(readKlaro(dir)).toEqual([
      { key: 'ok', en: 'Accept', pl: 'Akceptuję' },
      { key: 'consentModal.title', en: 'Services', pl: 'Usługi' },
      { key: 'consentModal.description', en: 'You can customise\nthe services.\n', pl: 'Możesz dostosować usługi.\n' },
    ]);
  });

  it('reads Rails locales under their language root, escapes decoded, formats left out', () => {
    const locales = join(dir, 'locales');
    mkdirSync(locales);
    writeFileSync(join(locales, 'en.yml'), 'en:\n  label_search: Search\n  text_sure: "Are you sure?\\nReally."\n  date:\n    formats:\n      default: "%Y-%m-%d"\n');
    writeFileSync(join(locales, 'pl.yml'), 'pl:\n  label_search: Szukaj\n  text_sure: "Na pewno?\\nNaprawdę."\n  date:\n    formats:\n      default: "%d.%m.%Y"\n');
    expect(readRedmine(locales)).toEqual([
      { key: 'label_search', en: 'Search', pl: 'Szukaj' },
      { key: 'text_sure', en: 'Are you sure?\nReally.', pl: 'Na pewno?\nNaprawdę.' },
    ]);
  });
});
