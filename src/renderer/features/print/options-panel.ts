// The print options popover, opened from a button beside the toolbar's Print button: images, font size,
// the two appendices, "edit for print", and Print / Export PDF. Keyboard: Escape closes and returns
// focus to the button; Tab stays inside while open.
import type { PrintOptions } from '../../../shared/types';
import { applyTranslations, t } from '../../i18n';

export const PRINT_FONT_SIZES = [9, 10, 11, 12, 13, 14, 16, 18] as const;

export interface OptionsPanelHooks {
  options(): PrintOptions;
  change(patch: Partial<PrintOptions>): void;
  vocabularyCount(): number;
  startEditing(): void;
  print(): void;
  exportPdf(): void;
  opened(): void;
}

export class PrintOptionsPanel {
  readonly button: HTMLButtonElement;
  private readonly panel: HTMLDivElement;
  private readonly images: HTMLInputElement;
  private readonly fontSize: HTMLSelectElement;
  private readonly glossary: HTMLInputElement;
  private readonly vocabulary: HTMLInputElement;
  private readonly vocabularyCount: HTMLSpanElement;

  constructor(anchor: HTMLElement, private readonly hooks: OptionsPanelHooks) {
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.id = 'print-options';
    this.button.className = 'print-options-button';
    this.button.dataset.i18n = 'print.optionsButton';
    this.button.setAttribute('aria-haspopup', 'dialog');
    this.button.setAttribute('aria-expanded', 'false');
    this.button.setAttribute('aria-controls', 'print-options-panel');
    anchor.after(this.button);

    this.panel = document.createElement('div');
    this.panel.id = 'print-options-panel';
    this.panel.className = 'print-options-panel';
    this.panel.setAttribute('role', 'dialog');
    this.panel.setAttribute('data-i18n-aria-label', 'print.optionsTitle');
    this.panel.hidden = true;
    this.panel.innerHTML = `
      <h2 data-i18n="print.optionsTitle"></h2>
      <label class="print-check"><input type="checkbox" name="images" /> <span data-i18n="print.images"></span></label>
      <label class="print-field"><span data-i18n="print.fontSize"></span> <select name="fontSize"></select></label>
      <label class="print-check"><input type="checkbox" name="glossaryAppendix" /> <span data-i18n="print.glossaryAppendix"></span></label>
      <label class="print-check"><input type="checkbox" name="vocabularyAppendix" /> <span data-i18n="print.vocabularyAppendix"></span>
        <span class="print-count"></span></label>
      <button type="button" class="print-edit" data-i18n="print.editMode"></button>
      <div class="print-actions">
        <button type="button" class="print-now" data-i18n="print.print"></button>
        <button type="button" class="print-pdf" data-i18n="print.exportPdf"></button>
      </div>`;
    document.body.append(this.panel);
    const $ = <T extends Element>(selector: string) => this.panel.querySelector<T & Element>(selector)! as T;
    this.images = $<HTMLInputElement>('[name=images]');
    this.fontSize = $<HTMLSelectElement>('[name=fontSize]');
    this.glossary = $<HTMLInputElement>('[name=glossaryAppendix]');
    this.vocabulary = $<HTMLInputElement>('[name=vocabularyAppendix]');
    this.vocabularyCount = $<HTMLSpanElement>('.print-count');
    for (const size of PRINT_FONT_SIZES) this.fontSize.add(new Option(`${size} pt`, String(size)));

    this.button.addEventListener('click', () => (this.panel.hidden ? this.open() : this.close()));
    this.images.addEventListener('change', () => hooks.change({ images: this.images.checked }));
    this.fontSize.addEventListener('change', () => hooks.change({ fontSize: Number(this.fontSize.value) }));
    this.glossary.addEventListener('change', () => hooks.change({ glossaryAppendix: this.glossary.checked }));
    this.vocabulary.addEventListener('change', () => hooks.change({ vocabularyAppendix: this.vocabulary.checked }));
    $('.print-edit').addEventListener('click', () => { this.close(); hooks.startEditing(); });
    $('.print-now').addEventListener('click', () => { this.close(); hooks.print(); });
    $('.print-pdf').addEventListener('click', () => { this.close(); hooks.exportPdf(); });
    this.panel.addEventListener('keydown', (event) => this.onKey(event));
    document.addEventListener('pointerdown', (event) => {
      if (!this.panel.hidden && !this.panel.contains(event.target as Node) && event.target !== this.button) this.close(false);
    });
    this.translate();
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  translate(): void {
    applyTranslations(this.panel);
    this.button.textContent = t('print.optionsButton');
    this.panel.setAttribute('aria-label', t('print.optionsTitle'));
    this.refresh();
  }

  /** Show the current options (after a change from elsewhere, e.g. another window). */
  refresh(): void {
    const o = this.hooks.options();
    this.images.checked = o.images;
    if (![...this.fontSize.options].some((opt) => opt.value === String(o.fontSize))) this.fontSize.add(new Option(`${o.fontSize} pt`, String(o.fontSize)));
    this.fontSize.value = String(o.fontSize);
    this.glossary.checked = o.glossaryAppendix;
    this.vocabulary.checked = o.vocabularyAppendix;
    this.vocabularyCount.textContent = t('print.vocabularyCount', { count: this.hooks.vocabularyCount() });
  }

  open(): void {
    this.refresh();
    this.hooks.opened();
    const box = this.button.getBoundingClientRect();
    this.panel.style.top = `${Math.round(box.bottom + 6)}px`;
    this.panel.style.right = `${Math.max(8, Math.round(window.innerWidth - box.right))}px`;
    this.panel.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    this.images.focus();
  }

  close(returnFocus = true): void {
    if (this.panel.hidden) return;
    this.panel.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    if (returnFocus) this.button.focus();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
      return;
    }
    if (event.key !== 'Tab') return;
    // Keep Tab inside the popover while it is open.
    const focusable = [...this.panel.querySelectorAll<HTMLElement>('input, select, button')];
    const first = focusable[0]!;
    const last = focusable[focusable.length - 1]!;
    if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
    else if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
  }
}
