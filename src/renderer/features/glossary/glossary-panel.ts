// The glossary panel beside the article: the page's Polish interface strings with their English
// translations, counts and a catalogue/approximate mark; filter, sort, copy one, export all.
import type { GlossEntry, WordGloss } from '../../../shared/types';
import { glosa } from '../../bridge';
import { applyTranslations, t } from '../../i18n';
import { foldDiacritics } from '../../../core/text/fold';
import { glossaryCsv, glossaryMarkdown } from './glossary-export';
import { showError } from '../../ui/messages';
import { span } from '../../ui/dom';

type Sort = 'order' | 'alpha';

export class GlossaryPanel {
  private entries: GlossEntry[] = [];
  private sort: Sort = 'order';
  private filter = '';
  private readonly list: HTMLOListElement;
  private readonly summary: HTMLParagraphElement;
  private readonly filterInput: HTMLInputElement;
  private docName = 'glossary';
  private readonly other: HTMLDetailsElement;

  constructor(private readonly root: HTMLElement) {
    root.innerHTML = `
      <div class="glossary-head">
        <h2 data-i18n="glossary.title"></h2>
        <p class="glossary-summary" aria-live="polite"></p>
        <input type="search" class="glossary-filter" data-i18n-placeholder="glossary.filter" data-i18n-aria-label="glossary.filter" />
        <div class="glossary-tools">
          <label class="select"><span data-i18n="glossary.sort"></span>
            <select class="glossary-sort">
              <option value="order" data-i18n="glossary.sortOrder"></option>
              <option value="alpha" data-i18n="glossary.sortAlpha"></option>
            </select>
          </label>
          <button type="button" class="export-csv" data-i18n="glossary.exportCsv"></button>
          <button type="button" class="export-md" data-i18n="glossary.exportMd"></button>
        </div>
      </div>
      <ol class="glossary-list"></ol>
      <details class="glossary-other" hidden>
        <summary><span data-i18n="glossary.otherTitle"></span> <span class="glossary-other-count"></span></summary>
        <p class="glossary-other-note" data-i18n="glossary.otherNote"></p>
        <ul class="glossary-other-list" lang="pl"></ul>
      </details>`;
    this.list = root.querySelector('.glossary-list')!;
    this.summary = root.querySelector('.glossary-summary')!;
    this.filterInput = root.querySelector('.glossary-filter')!;
    this.other = root.querySelector('.glossary-other')!;
    this.filterInput.addEventListener('input', () => {
      this.filter = this.filterInput.value;
      this.render();
    });
    const sort = root.querySelector<HTMLSelectElement>('.glossary-sort')!;
    sort.addEventListener('change', () => {
      this.sort = sort.value as Sort;
      this.render();
    });
    root.querySelector('.export-csv')!.addEventListener('click', () => void this.save('csv'));
    root.querySelector('.export-md')!.addEventListener('click', () => void this.save('md'));
    applyTranslations(root);
  }

  focusFilter(): void {
    this.filterInput.focus();
    this.filterInput.select();
  }

  showLoading(): void {
    this.entries = [];
    this.list.replaceChildren();
    this.summary.textContent = t('glossary.loading');
    this.showOther([]);
  }

  show(entries: GlossEntry[], docName: string, other: readonly string[] = []): void {
    this.entries = entries;
    this.showOther(other);
    this.docName = docName.replace(/\.[^.]+$/, '') || 'glossary';
    this.render();
  }

  /** Re-render after a language switch. */
  refresh(): void {
    applyTranslations(this.root);
    this.render();
  }

  /**
   * The page's other text around the article, untranslated and apart from the rows: closed for each new page
   * (a <details>, so Enter and Space on its summary open it), hidden when there is none.
   */
  private showOther(other: readonly string[]): void {
    this.other.open = false;
    this.other.hidden = other.length === 0;
    this.other.querySelector('.glossary-other-count')!.textContent = `(${other.length})`;
    this.other.querySelector('.glossary-other-list')!.replaceChildren(...other.map((text) => {
      const li = document.createElement('li');
      li.textContent = text;
      return li;
    }));
  }

  visibleEntries(): GlossEntry[] {
    const needle = foldDiacritics(this.filter).trim();
    const shown = needle
      ? this.entries.filter((e) => foldDiacritics(e.text).includes(needle) || foldDiacritics(e.translation).includes(needle))
      : [...this.entries];
    if (this.sort === 'alpha') {
      const collator = new Intl.Collator('pl', { sensitivity: 'base' });
      shown.sort((a, b) => collator.compare(a.text, b.text));
    }
    return shown;
  }

  private render(): void {
    const shown = this.visibleEntries();
    this.summary.textContent = this.entries.length
      ? t('glossary.summary', { count: this.entries.length, shown: shown.length })
      : t('glossary.empty');
    this.list.replaceChildren(...shown.map((entry) => this.row(entry)));
  }

  private row(entry: GlossEntry): HTMLLIElement {
    const li = document.createElement('li');
    li.className = entry.words?.length ? 'gloss approximate word-by-word' : entry.approximate ? 'gloss approximate' : 'gloss';
    const pl = span('gloss-pl', entry.text, 'pl');
    const en = span('gloss-en', undefined, 'en');
    if (entry.words?.length) en.append(...wordByWordRow(entry.words));
    else en.textContent = entry.translation || '—';
    const mark = document.createElement('span');
    mark.className = 'gloss-mark';
    mark.textContent = entry.words?.length ? '⋯' : entry.approximate ? '≈' : '✓';
    mark.title = entry.words?.length
      ? t('glossary.wordByWordTitle')
      : entry.approximate ? t('glossary.approximate') : t('glossary.catalogue', { sources: entry.sources.join(', ') });
    mark.setAttribute('aria-label', mark.title);
    const meta = document.createElement('span');
    meta.className = 'gloss-meta';
    // "text" says nothing (text dumps do not tell where a line stood), so only real places are named.
    const place = entry.kind === 'text' ? [] : [t(`kind.${entry.kind}`)];
    // Hidden strings are the forms and messages the live site shows on demand.
    meta.textContent = [...place, ...(entry.hidden ? [t('glossary.hidden')] : []), ...(entry.count > 1 ? [`×${entry.count}`] : [])].join(' · ');
    meta.hidden = !meta.textContent;
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.className = 'gloss-copy';
    copy.append(copyIcon());
    copy.title = t('glossary.copy');
    copy.setAttribute('aria-label', `${t('glossary.copy')}: ${entry.text}`);
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(`${entry.text}\t${entry.translation}`);
        copy.replaceChildren('✓');
        setTimeout(() => copy.replaceChildren(copyIcon()), 1200);
      } catch {
        showError({ code: 'clipboard-failed' });
      }
    });
    li.append(mark, pl, en, meta, copy);
    return li;
  }

  private async save(format: 'csv' | 'md'): Promise<void> {
    const entries = this.visibleEntries();
    const text = format === 'csv'
      ? glossaryCsv(entries)
      : glossaryMarkdown(entries, [t('glossary.colPolish'), t('glossary.colEnglish'), t('glossary.colCount')]);
    const result = await glosa.saveText(`${this.docName}-glossary.${format}`, text);
    if (result && !result.ok) showError(result.error);
  }
}

/**
 * A word-by-word gloss, marked as such: each Polish word (in its order) over its dictionary form and sense.
 * The Polish words carry lang="pl", so hovering one opens the dictionary popup like any word of the page.
 */
function wordByWordRow(words: WordGloss[]): HTMLElement[] {
  const label = document.createElement('span');
  label.className = 'wbw-label';
  label.textContent = t('glossary.wordByWord');
  label.title = t('glossary.wordByWordTitle');
  const list = document.createElement('span');
  list.className = 'wbw-words';
  for (const w of words) {
    const word = span('wbw-word');
    word.append(span('wbw-pl', w.text, 'pl'), span('wbw-sense', [w.lemma ? `${w.lemma}:` : '', w.sense ?? '—'].filter(Boolean).join(' '), 'en'));
    list.append(word);
  }
  return [label, list];
}

/** Two overlapping sheets: drawn as SVG because symbol fonts for ⧉ are missing on many systems. */
function copyIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  for (const [x, y] of [[5, 1], [1, 5]]) {
    const rect = document.createElementNS(ns, 'rect');
    for (const [k, v] of Object.entries({ x, y, width: 10, height: 10, rx: 1.5, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.4 })) {
      rect.setAttribute(k, String(v));
    }
    svg.append(rect);
  }
  return svg;
}
