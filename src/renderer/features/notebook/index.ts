// The vocabulary notebook in the window: Save in the hover popup (button and S), the notebook
// panel (toolbar button and Ctrl+B), and saved words marked by lemma in the article.
import '../../styles/notebook.css';
import type { ShownDocument } from '../reader/reader-view';
import { NotebookState } from './notebook-state';
import { NotebookView } from './notebook-view';
import { installPopupSave } from './popup-save';
import { SavedMarks } from './saved-marks';
import { isTyping } from '../../ui/keyboard';

export interface NotebookOptions {
  article: HTMLElement;
  current: () => ShownDocument | null;
  /** Whether saved words are underlined, remembered in Settings.markSavedWords. */
  marksOn: boolean;
  rememberMarks(on: boolean): void;
}

export function installNotebook({ article, current, marksOn, rememberMarks }: NotebookOptions): void {
  const state = new NotebookState();
  const marks = new SavedMarks(article, () => state.entries);
  marks.setEnabled(marksOn);
  const toggleButton = document.getElementById('toggle-notebook');
  const view = new NotebookView({
    state,
    marksOn: () => marks.on,
    setMarks: (on) => {
      marks.setEnabled(on);
      rememberMarks(on);
    },
    toggleButton,
  });
  const popupSave = installPopupSave(
    state,
    () => {
      const shown = current();
      return shown ? { title: shown.doc.title || shown.name, path: shown.path } : null;
    },
    (id) => void view.open(id),
  );

  state.subscribe(() => marks.paint());
  void state.load();
  void marks.rescan();

  toggleButton?.addEventListener('click', () => view.toggle());
  window.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'b') {
      e.preventDefault();
      view.toggle();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    if ((e.key === 's' || e.key === 'S') && popupSave.saveShown()) e.preventDefault();
  });
}
