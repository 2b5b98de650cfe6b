// Saving from the hover popup: a Save button (and the S key) under the entries. The first sense of the
// first entry is the translation saved unless the reader clicks another sense first; the sentence around
// the word, the document's title and path and the language go with it.
import type { LookupResult, NotebookDraft } from '../../../shared/types';
import { duplicateKey, lemmaKey } from '../../../core/notebook/entry';
import { addPopupAction, type PopupContext } from '../hover/popup';
import { t } from '../../i18n';
import { errorText } from '../../ui/messages';
import type { NotebookState } from './notebook-state';
import popupSaveCss from './popup-save.css?inline';
import { sentenceAround } from './sentence-context';

export interface DocumentSource {
  title: string;
  path: string;
}

interface Shown {
  context: PopupContext;
  entry: number;
  sense: number;
  status: HTMLElement;
  choice: HTMLElement;
  row: HTMLElement;
}

/** The draft for a popup's word with the chosen sense (entry/sense indexes into result.entries). */
export function draftFor(result: LookupResult, shownText: string, entry: number, sense: number, context: string, source: DocumentSource | null): NotebookDraft {
  const chosen = result.entries[entry];
  const text = result.matched || shownText;
  return {
    text,
    lemma: chosen?.lemma || text,
    lang: result.lang,
    translation: chosen?.senses[sense]?.translations.join(', ') ?? '',
    context,
    sourceTitle: source?.title ?? '',
    sourcePath: source?.path ?? '',
    note: '',
  };
}

export interface PopupSave {
  /** Save what the popup shows now (the S key); false when no popup is open. */
  saveShown(): boolean;
}

export function installPopupSave(
  state: NotebookState,
  source: () => DocumentSource | null,
  openEntry: (id: string) => void,
): PopupSave {
  let shown: Shown | null = null;
  // Keys of the saved cards and lemmas, rebuilt only when the notebook changes (not on every hover).
  let keys: { for: readonly unknown[]; cards: Set<string>; lemmas: Set<string> } | null = null;
  const savedKeys = () => {
    if (keys?.for !== state.entries) {
      keys = { for: state.entries, cards: new Set(state.entries.map(duplicateKey)), lemmas: new Set(state.entries.map((e) => lemmaKey(e.lemma))) };
    }
    return keys;
  };
  const wiredBoxes = new WeakSet<HTMLElement>();

  const popupVisible = (): boolean => {
    const host = document.querySelector<HTMLElement>('glosa-hover');
    return !!host && !host.hidden;
  };

  function showChoice(s: Shown): void {
    for (const li of s.context.box.querySelectorAll('.sense.nb-chosen')) li.classList.remove('nb-chosen');
    s.context.box.querySelector(`.sense[data-entry="${s.entry}"][data-sense="${s.sense}"]`)?.classList.add('nb-chosen');
    const draft = draftFor(s.context.result, s.context.shownText, s.entry, s.sense, '', null);
    s.choice.textContent = draft.translation ? `→ ${draft.translation}` : '';
    s.choice.title = draft.translation;
    const { cards, lemmas } = savedKeys();
    const saved = cards.has(duplicateKey(draft));
    const sameLemma = !saved && lemmas.has(lemmaKey(draft.lemma));
    setStatus(s, saved ? t('notebook.popup.alreadySaved') : sameLemma ? t('notebook.popup.lemmaSaved') : '');
  }

  function setStatus(s: Shown, text: string, isError = false): void {
    s.status.textContent = text;
    s.status.classList.toggle('error', isError);
    s.row.querySelector('.nb-note-link')?.remove();
  }

  function onBoxClick(event: MouseEvent): void {
    const li = (event.target as Element | null)?.closest<HTMLElement>('.sense[data-sense]');
    if (!li || !shown) return;
    shown.entry = Number(li.dataset.entry);
    shown.sense = Number(li.dataset.sense);
    showChoice(shown);
  }

  async function save(s: Shown): Promise<void> {
    const { result, shownText, anchor } = s.context;
    const draft = draftFor(result, shownText, s.entry, s.sense, sentenceAround(anchor, result.lang), source());
    setStatus(s, t('notebook.popup.saving'));
    const saved = await state.save(draft);
    if (shown !== s) return;
    if (saved.ok) {
      setStatus(s, t('notebook.popup.saved'));
      const link = document.createElement('button');
      link.type = 'button';
      link.className = 'nb-note-link';
      link.textContent = t('notebook.popup.addNote');
      link.addEventListener('click', () => openEntry(saved.value.id));
      s.row.append(link);
    } else if (saved.error.code === 'notebook-duplicate') {
      setStatus(s, t('notebook.popup.alreadySaved'));
    } else {
      setStatus(s, errorText(saved.error), true);
    }
  }

  addPopupAction({
    css: popupSaveCss,
    render(context) {
      if (!wiredBoxes.has(context.box)) {
        wiredBoxes.add(context.box);
        context.box.addEventListener('click', onBoxClick);
      }
      const row = document.createElement('div');
      row.className = 'nb-save';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'nb-save-button';
      button.textContent = t('notebook.popup.save');
      const kbd = document.createElement('kbd');
      kbd.textContent = 'S';
      button.append(kbd);
      button.title = t('notebook.popup.saveHint');
      const choice = document.createElement('span');
      choice.className = 'nb-choice';
      const status = document.createElement('span');
      status.className = 'nb-status';
      status.setAttribute('role', 'status');
      row.append(button, choice, status);
      const first = context.result.entries.findIndex((e) => e.senses.length > 0);
      const mine: Shown = { context, entry: Math.max(0, first), sense: 0, status, choice, row };
      shown = mine;
      button.addEventListener('click', () => void save(mine));
      // The box's children (senses) are in place before actions render.
      showChoice(mine);
      return row;
    },
  });

  return {
    saveShown() {
      if (!shown || !popupVisible()) return false;
      void save(shown);
      return true;
    },
  };
}
