// The notebook panel: a side sheet over the glossary with search, sort, inline editing of translation and
// note, delete with undo, export (Anki TSV, CSV, Markdown) and Anki TSV import, and the switch for the
// article marks. Non-modal: the article stays readable and hoverable beside it.
import type { NotebookEntry, UserError } from '../../../shared/types';
import { searchEntries, sortEntries, type NotebookSort } from '../../../core/notebook/search';
import { glosa } from '../../bridge';
import { applyTranslations, i18n, t } from '../../i18n';
import { errorText } from '../../ui/messages';
import type { NotebookState } from './notebook-state';
import { escapeRegExp } from '../../../core/text/regex';
import { wholeWordPattern } from '../../../core/text/words';

export interface NotebookViewOptions {
  state: NotebookState;
  /** Current state of the article marks and how to switch them. */
  marksOn(): boolean;
  setMarks(on: boolean): void;
  /** The toolbar button that opens the panel (focus returns there on close). */
  toggleButton: HTMLElement | null;
}

const SKELETON = `
  <div class="nb-head">
    <h2 id="notebook-title" data-i18n="notebook.title"></h2>
    <span class="nb-count" aria-live="polite"></span>
    <button type="button" class="nb-close" data-i18n-aria-label="notebook.close" data-i18n-title="notebook.close">×</button>
  </div>
  <div class="nb-tools">
    <input type="search" class="nb-search" data-i18n-placeholder="notebook.search" data-i18n-aria-label="notebook.search" />
    <label class="select"><span data-i18n="notebook.sort"></span>
      <select class="nb-sort">
        <option value="date" data-i18n="notebook.sortDate"></option>
        <option value="alpha" data-i18n="notebook.sortAlpha"></option>
      </select>
    </label>
    <label class="nb-switch"><input type="checkbox" class="nb-marks" /> <span data-i18n="notebook.markSaved"></span></label>
  </div>
  <div class="nb-files" role="group" data-i18n-aria-label="notebook.files">
    <button type="button" data-export="tsv" data-i18n="notebook.exportTsv"></button>
    <button type="button" data-export="csv" data-i18n="notebook.exportCsv"></button>
    <button type="button" data-export="md" data-i18n="notebook.exportMd"></button>
    <button type="button" class="nb-import" data-i18n="notebook.importTsv"></button>
  </div>
  <div class="nb-status" role="status"></div>
  <ul class="nb-list" aria-labelledby="notebook-title"></ul>
  <p class="nb-empty" hidden></p>`;

const dateFormat = (lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });

export class NotebookView {
  readonly panel: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly search: HTMLInputElement;
  private readonly sort: HTMLSelectElement;
  private readonly status: HTMLElement;
  private readonly count: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly marks: HTMLInputElement;
  private sortBy: NotebookSort = 'date';
  private renderedIds = '';

  constructor(private readonly options: NotebookViewOptions) {
    const panel = document.createElement('section');
    panel.id = 'notebook';
    panel.className = 'notebook-panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'false');
    panel.setAttribute('aria-labelledby', 'notebook-title');
    panel.hidden = true;
    panel.innerHTML = SKELETON;
    document.body.append(panel);
    this.panel = panel;
    const q = <T extends Element>(selector: string) => panel.querySelector(selector) as T;
    this.list = q('.nb-list');
    this.search = q('.nb-search');
    this.sort = q('.nb-sort');
    this.status = q('.nb-status');
    this.count = q('.nb-count');
    this.empty = q('.nb-empty');
    this.marks = q('.nb-marks');
    applyTranslations(panel);

    q<HTMLButtonElement>('.nb-close').addEventListener('click', () => this.close());
    this.search.addEventListener('input', () => this.render());
    this.sort.addEventListener('change', () => {
      this.sortBy = this.sort.value as NotebookSort;
      this.render();
    });
    this.marks.checked = options.marksOn();
    this.marks.addEventListener('change', () => options.setMarks(this.marks.checked));
    for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-export]')) {
      button.addEventListener('click', () => void this.exportAs(button.dataset.export as 'tsv' | 'csv' | 'md'));
    }
    q<HTMLButtonElement>('.nb-import').addEventListener('click', () => void this.importTsv());
    panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement && e.target.type === 'search' && e.target.value)) {
        e.preventDefault();
        this.close();
      }
    });
    // An edit saved while the reader types in another field must not rebuild the list under them: only a
    // change of which entries are shown (save, delete, restore, import) re-renders.
    options.state.subscribe(() => this.render(false));
    i18n.on('languageChanged', () => {
      applyTranslations(panel);
      this.render();
    });
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  async open(focusEntry?: string): Promise<void> {
    const toolbar = document.querySelector('.toolbar');
    this.panel.style.top = `${toolbar ? Math.round(toolbar.getBoundingClientRect().bottom) : 0}px`;
    this.panel.hidden = false;
    document.body.classList.add('notebook-open');
    this.options.toggleButton?.setAttribute('aria-expanded', 'true');
    // Reloaded on each open: another window may have saved words meanwhile.
    await this.options.state.load(true);
    this.render();
    if (focusEntry) {
      this.search.value = '';
      this.render();
      const note = this.list.querySelector<HTMLTextAreaElement>(`li[data-id="${CSS.escape(focusEntry)}"] .nb-note`);
      note?.scrollIntoView({ block: 'nearest' });
      note?.focus();
    } else {
      this.search.focus();
    }
  }

  close(): void {
    if (this.panel.hidden) return;
    this.panel.hidden = true;
    document.body.classList.remove('notebook-open');
    this.options.toggleButton?.setAttribute('aria-expanded', 'false');
    this.options.toggleButton?.focus();
  }

  toggle(): void {
    if (this.isOpen) this.close();
    else void this.open();
  }

  private say(text: string, isError = false, action?: { label: string; run: () => void }): void {
    this.status.replaceChildren(text);
    this.status.classList.toggle('error', isError);
    if (action) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'nb-undo';
      button.textContent = action.label;
      button.addEventListener('click', action.run, { once: true });
      this.status.append(' ', button);
    }
  }

  private fail(error: UserError): void {
    this.say(errorText(error), true);
  }

  render(force = true): void {
    if (this.panel.hidden) return;
    const all = this.options.state.entries;
    const shown = sortEntries(searchEntries(all, this.search.value), this.sortBy);
    this.count.textContent = t('notebook.count', { count: all.length });
    const ids = shown.map((e) => e.id).join('\n');
    if (!force && ids === this.renderedIds) return;
    this.renderedIds = ids;
    const focused = document.activeElement instanceof HTMLElement && this.list.contains(document.activeElement)
      ? { id: document.activeElement.closest<HTMLElement>('li')?.dataset.id, cls: document.activeElement.className }
      : null;
    this.list.replaceChildren(...shown.map((e) => this.item(e)));
    this.empty.hidden = shown.length > 0;
    this.empty.textContent = all.length === 0 ? t('notebook.empty') : t('notebook.noMatch', { query: this.search.value });
    if (focused?.id) {
      this.list.querySelector<HTMLElement>(`li[data-id="${CSS.escape(focused.id)}"] .${focused.cls.split(' ')[0]}`)?.focus();
    }
  }

  private item(entry: NotebookEntry): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'nb-entry';
    li.dataset.id = entry.id;
    const other = entry.lang === 'pl' ? 'en' : 'pl';

    const head = document.createElement('div');
    head.className = 'nb-entry-head';
    const word = document.createElement('span');
    word.className = 'nb-word';
    word.lang = entry.lang;
    word.textContent = entry.text;
    head.append(word);
    if (entry.lemma && entry.lemma.toLocaleLowerCase('pl') !== entry.text.toLocaleLowerCase('pl')) {
      const lemma = document.createElement('span');
      lemma.className = 'nb-lemma';
      lemma.lang = entry.lang;
      lemma.textContent = entry.lemma;
      head.append(lemma);
    }
    const direction = document.createElement('span');
    direction.className = 'nb-direction';
    direction.textContent = entry.lang === 'pl' ? 'PL → EN' : 'EN → PL';
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'nb-delete';
    remove.textContent = '×';
    remove.title = t('notebook.delete', { text: entry.text });
    remove.setAttribute('aria-label', t('notebook.delete', { text: entry.text }));
    remove.addEventListener('click', () => void this.remove(entry, li));
    head.append(direction, remove);

    const translation = document.createElement('input');
    translation.className = 'nb-translation';
    translation.lang = other;
    translation.value = entry.translation;
    translation.placeholder = t('notebook.translation');
    translation.setAttribute('aria-label', t('notebook.translationOf', { text: entry.text }));
    this.saveOnChange(translation, entry, 'translation');

    li.append(head, translation);
    if (entry.context) {
      const context = document.createElement('blockquote');
      context.className = 'nb-context';
      context.lang = entry.lang;
      context.append(...highlighted(entry.context, entry.text));
      li.append(context);
    }
    const note = document.createElement('textarea');
    note.className = 'nb-note';
    note.rows = 1;
    note.value = entry.note;
    note.placeholder = t('notebook.note');
    note.setAttribute('aria-label', t('notebook.noteOf', { text: entry.text }));
    this.saveOnChange(note, entry, 'note');

    const source = document.createElement('p');
    source.className = 'nb-source';
    const title = entry.sourceTitle || entry.sourcePath.split(/[\\/]/).pop() || '';
    source.textContent = [title, dateFormat(i18n.language || 'en').format(new Date(entry.created))].filter(Boolean).join(' · ');
    source.title = entry.sourcePath;
    li.append(note, source);
    return li;
  }

  /** Inline edits are saved when the field is left (change), and Enter in the translation commits it. */
  private saveOnChange(field: HTMLInputElement | HTMLTextAreaElement, entry: NotebookEntry, key: 'translation' | 'note'): void {
    let stored = entry[key];
    field.addEventListener('change', async () => {
      if (field.value === stored) return;
      const result = await this.options.state.update(entry.id, { [key]: field.value });
      if (result.ok) {
        stored = result.value[key];
        this.say(t('notebook.updated', { text: entry.text }));
      } else {
        this.fail(result.error);
      }
    });
    if (field instanceof HTMLInputElement) {
      field.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') field.dispatchEvent(new Event('change'));
      });
    }
  }

  private async remove(entry: NotebookEntry, li: HTMLLIElement): Promise<void> {
    const next = (li.nextElementSibling ?? li.previousElementSibling) as HTMLElement | null;
    const nextId = next?.dataset.id;
    const result = await this.options.state.remove(entry.id);
    if (!result.ok) {
      this.fail(result.error);
      return;
    }
    const deleted = result.value;
    this.say(t('notebook.deleted', { text: deleted.text }), false, {
      label: t('notebook.undo'),
      run: () => void this.restore(deleted),
    });
    // Keep the keyboard where it was: the next entry's delete button, else the undo button.
    const target = nextId ? this.list.querySelector<HTMLElement>(`li[data-id="${CSS.escape(nextId)}"] .nb-delete`) : null;
    (target ?? this.status.querySelector<HTMLElement>('.nb-undo'))?.focus();
  }

  private async restore(entry: NotebookEntry): Promise<void> {
    const result = await this.options.state.restore(entry);
    if (!result.ok) {
      this.fail(result.error);
      return;
    }
    this.say(t('notebook.restored', { text: entry.text }));
    this.list.querySelector<HTMLElement>(`li[data-id="${CSS.escape(entry.id)}"] .nb-delete`)?.focus();
  }

  private async exportAs(format: 'tsv' | 'csv' | 'md'): Promise<void> {
    try {
      const result = await glosa.notebookExport(format);
      if (!result) return;
      if (result.ok) this.say(t('notebook.exported', { file: result.value, count: this.options.state.entries.length }));
      else this.fail(result.error);
    } catch (error) {
      this.fail({ code: 'notebook-storage-failed', params: { reason: (error as Error).message } });
    }
  }

  private async importTsv(): Promise<void> {
    try {
      const result = await glosa.notebookImport();
      if (!result) return;
      if (!result.ok) {
        this.fail(result.error);
        return;
      }
      await this.options.state.load(true);
      this.say(t('notebook.imported', { added: result.value.added, skipped: result.value.skipped }));
    } catch (error) {
      this.fail({ code: 'notebook-storage-failed', params: { reason: (error as Error).message } });
    }
  }
}

/** The context sentence with the saved form emphasised (first case-insensitive whole-word match). */
function highlighted(context: string, text: string): Node[] {
  const m = wholeWordPattern(escapeRegExp(text), 'iu').exec(context);
  if (!m) return [document.createTextNode(context)];
  const mark = document.createElement('mark');
  mark.textContent = m[0];
  return [document.createTextNode(context.slice(0, m.index)), mark, document.createTextNode(context.slice(m.index + m[0].length))];
}
