// The print-only appendices placed after the article: the page's Polish interface strings with their
// English translations (glossary), and the words looked up in this document (vocabulary). Built as
// plain tables so they paginate with repeated header rows (thead is repeated by Chromium's print).
import type { GlossEntry } from '../../../shared/types';
import type { VocabularyRow } from './vocabulary';

export interface AppendixLabels {
  glossaryTitle: string;
  glossaryIntro: string;
  polish: string;
  english: string;
  approximate: string;
  vocabularyTitle: string;
  vocabularyIntro: string;
  vocabularyEmpty: string;
  word: string;
  lemma: string;
  translation: string;
  saved: string;
}

function table(headers: string[], rows: Array<Array<string | Node>>, className: string): HTMLTableElement {
  const tableEl = document.createElement('table');
  tableEl.className = className;
  const head = tableEl.createTHead().insertRow();
  for (const h of headers) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    head.append(th);
  }
  const body = tableEl.createTBody();
  for (const cells of rows) {
    const tr = body.insertRow();
    for (const cell of cells) tr.insertCell().append(cell);
  }
  return tableEl;
}

function section(kind: string, title: string, intro: string): HTMLElement {
  const el = document.createElement('section');
  el.className = `print-appendix-section print-appendix-${kind}`;
  const h2 = document.createElement('h2');
  h2.textContent = title;
  const p = document.createElement('p');
  p.className = 'print-appendix-intro';
  p.textContent = intro;
  el.append(h2, p);
  return el;
}

export function glossaryAppendix(entries: readonly GlossEntry[], labels: AppendixLabels): HTMLElement {
  const el = section('glossary', labels.glossaryTitle, labels.glossaryIntro);
  const rows = entries.map((e) => {
    const pl = document.createElement('span');
    pl.lang = 'pl';
    pl.textContent = e.text;
    const en = document.createElement('span');
    en.lang = 'en';
    en.textContent = e.translation;
    if (e.approximate) {
      const mark = document.createElement('span');
      mark.className = 'print-approximate';
      mark.textContent = ` (${labels.approximate})`;
      en.append(mark);
    }
    return [pl, en];
  });
  el.append(table([labels.polish, labels.english], rows, 'print-appendix-table'));
  return el;
}

export function vocabularyAppendix(rows: readonly VocabularyRow[], labels: AppendixLabels): HTMLElement {
  const el = section('vocabulary', labels.vocabularyTitle, rows.length ? labels.vocabularyIntro : labels.vocabularyEmpty);
  if (rows.length) {
    const cells = rows.map((r) => {
      const word = document.createElement('span');
      word.textContent = r.text;
      if (r.saved) {
        const mark = document.createElement('span');
        mark.className = 'print-saved';
        mark.textContent = ' ★';
        mark.title = labels.saved;
        word.append(mark);
      }
      return [word, r.lemma, r.translation];
    });
    el.append(table([labels.word, labels.lemma, labels.translation], cells, 'print-appendix-table'));
  }
  return el;
}
