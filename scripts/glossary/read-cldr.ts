// Reader of the Unicode CLDR data (npm cldr-dates-full and cldr-localenames-full): month and day names,
// date-field names and relative days ("wczoraj" → "yesterday", "w tym tygodniu" → "this week"), and the
// names of languages (language switchers: "angielski" → "English"). Paired by CLDR path. Country names are
// left out: several are also common words ("Dania" is Denmark and "dishes", "Chile", "Czad").
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MessagePair } from './read-sources';

function flatten(value: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, `${prefix}.${k}`, out);
  }
  return out;
}

/** The parts of each file that are words a page shows, not format patterns or abbreviations. */
const WANTED: Record<string, RegExp> = {
  'ca-gregorian.json': /^\.dates\.calendars\.gregorian\.(months|days)\.(format|stand-alone)\.wide\./u,
  'dateFields.json': /^\.dates\.fields\.(year|quarter|month|week|day|hour|minute|second|weekday|sun|mon|tue|wed|thu|fri|sat)\.(displayName|relative-type-[-\d]+)$/u,
  'languages.json': /^\.localeDisplayNames\.languages\.[a-z]{2,3}$/u,
};

function readLocale(root: string, locale: string, file: string): Map<string, string> {
  const path = join(root, 'package/main', locale, file);
  if (!existsSync(path)) return new Map();
  const data = (JSON.parse(readFileSync(path, 'utf8')) as { main: Record<string, unknown> }).main[locale];
  return flatten(data, '', new Map());
}

/** Pairs CLDR's English and Polish under each of the given package roots (each an unpacked npm tarball). */
export function readCldr(roots: string[]): MessagePair[] {
  const pairs: MessagePair[] = [];
  for (const root of roots) {
    for (const [file, wanted] of Object.entries(WANTED)) {
      const en = readLocale(root, 'en', file);
      for (const [key, pl] of readLocale(root, 'pl', file)) {
        const english = en.get(key);
        if (english !== undefined && wanted.test(key)) pairs.push({ key: `${file}${key}`, en: english, pl });
      }
    }
  }
  return pairs;
}
