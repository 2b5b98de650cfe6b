// Reader of the Unicode CLDR data (npm cldr-dates-full and cldr-localenames-full): month and day names,
// date-field names and relative days ("wczoraj" → "yesterday", "w tym tygodniu" → "this week"), and the
// names of languages (language switchers: "angielski" → "English"), and relative-time labels ("godziny temu"). Paired by CLDR path. Country names are
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

const RELATIVE_PAST = /^\.dates\.fields\.(year|quarter|month|week|day|hour|minute|second)(-short)?\.relativeTime-type-past\.relativeTimePattern-count-(few|many|other)$/u;

/**
 * Relative times as value patterns: "{0} godziny temu" / "{0} hours ago" gives the label "godziny temu" →
 * "hours ago", which a page's "2 godziny temu" reaches once the count is split off (src/core/glossary/values.ts).
 * Polish few/many/other forms pair with the English plural ("other"); the singular ("{0} godzinę temu") is left
 * out, as pages write it without the count ("godzinę temu") and the catalogue has that phrase from Django.
 */
function relativeTimes(root: string): MessagePair[] {
  const en = readLocale(root, 'en', 'dateFields.json');
  const pairs: MessagePair[] = [];
  const pl = readLocale(root, 'pl', 'dateFields.json');
  // Where the short form is the long one ("{0} lat temu"), the long English ("years ago", not "yr. ago").
  const long = new Set([...pl].filter(([key]) => RELATIVE_PAST.exec(key) && !RELATIVE_PAST.exec(key)![2]).map(([, text]) => text));
  for (const [key, text] of pl) {
    const m = RELATIVE_PAST.exec(key);
    if (!m || (m[2] && long.has(text))) continue;
    const english = en.get(key.replace(/count-\w+$/u, 'count-other'));
    if (!english?.startsWith('{0} ') || !text.startsWith('{0} ')) continue;
    pairs.push({ key: `dateFields.json${key}`, en: english.slice(4), pl: text.slice(4) });
  }
  return pairs;
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
    pairs.push(...relativeTimes(root));
  }
  return pairs;
}
