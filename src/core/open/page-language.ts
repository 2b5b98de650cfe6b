// The language of the page around the chrome, as a hint for the glossary: the article's own words decide (a
// Polish WordPress theme often says lang="en-US"); the lang attribute only when the text gives no evidence.
import { detectLanguage } from '../language';
import { letterRunsOf } from '../text/words';

const SAMPLE_CHARS = 4000;
const MIN_WORDS = 30;

export function pageLanguage(articleText: string, langAttribute: string | null | undefined): 'pl' | 'en' | undefined {
  const sample = articleText.slice(0, SAMPLE_CHARS);
  if (letterRunsOf(sample).length >= MIN_WORDS) {
    const detected = detectLanguage(sample);
    if (detected) return detected;
  }
  const attr = (langAttribute ?? '').toLowerCase();
  if (/^pl\b/.test(attr)) return 'pl';
  if (/^en\b/.test(attr)) return 'en';
  return undefined;
}
