// The form note of a Polish word in the popup ("— genitive plural of strona"), worded in the interface's
// language from the Morfologik tag main sends with the entry: the Polish interface shows Polish notes.
import type { DictEntry } from '../../../shared/types';
import { formNote } from '../../../core/morphology/polish-tags';

/** `tr` is i18next's `t` (the "formNote" keys of resources/locales/{en,pl}/app.json). */
export function localFormNote(form: NonNullable<DictEntry['form']>, tr: (key: string, params?: Record<string, string>) => string): string {
  const terms = (key: string, params?: Record<string, string>): string => tr(`formNote.${key}`, params);
  const note = formNote(form.tag, form.lemma, terms);
  return form.perfectiveOf ? terms('perfectiveOf', { note, partner: form.perfectiveOf }) : note;
}
