// Hover translation settings: a popover opened from the toolbar's Settings button with the direction
// (auto / always to English / always to Polish), the key to hold, the rest time and the popup's
// text size. Changes apply at once and are remembered through glosa.setSettings (by the caller's
// update function). Keyboard: Escape closes and returns focus to the button; Tab stays inside.
import { DIRECTIONS, MODIFIERS, RANGES, type Direction, type Modifier, type Settings } from '../../../shared/settings';
import { applyTranslations, t } from '../../i18n';

// Every value the settings schema allows has its label here (the Record type makes sure of it).
const DIRECTION_LABELS: Record<Direction, string> = { auto: 'directionAuto', 'to-en': 'directionToEn', 'to-pl': 'directionToPl' };
const MODIFIER_LABELS: Record<Modifier, string> = { none: 'modifierNone', shift: 'modifierShift', alt: 'modifierAlt', ctrl: 'modifierCtrl' };
const DELAY = RANGES.hoverDelayMs;
const FONT = RANGES.popupFontSize;

export function installSettingsPanel(button: HTMLElement, current: () => Settings, update: (patch: Partial<Settings>) => Promise<void>): void {
  const panel = document.createElement('div');
  panel.id = 'settings-panel';
  panel.className = 'settings-panel';
  panel.setAttribute('role', 'dialog');
  panel.hidden = true;
  const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
    values.map((value) => `<option value="${value}" data-i18n="hover.settings.${labels[value]}"></option>`).join('');
  panel.innerHTML = `
    <h2 id="settings-panel-title" data-i18n="hover.settings.title"></h2>
    <label class="settings-field"><span data-i18n="hover.settings.direction"></span> <select name="direction">${options(DIRECTIONS, DIRECTION_LABELS)}</select></label>
    <label class="settings-field"><span data-i18n="hover.settings.modifier"></span> <select name="modifier">${options(MODIFIERS, MODIFIER_LABELS)}</select></label>
    <label class="settings-field"><span data-i18n="hover.settings.delay"></span>
      <input name="hoverDelayMs" type="number" min="${DELAY.min}" max="${DELAY.max}" step="10" inputmode="numeric" /></label>
    <label class="settings-field"><span data-i18n="hover.settings.fontSize"></span>
      <input name="popupFontSize" type="number" min="${FONT.min}" max="${FONT.max}" step="1" inputmode="numeric" /></label>
    <div class="settings-actions"><button type="button" class="settings-close" data-i18n="settings.close"></button></div>`;
  panel.setAttribute('aria-labelledby', 'settings-panel-title');
  document.body.append(panel);
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', panel.id);

  const field = <T extends HTMLElement>(name: string) => panel.querySelector<T>(`[name=${name}]`)!;
  const direction = field<HTMLSelectElement>('direction');
  const modifier = field<HTMLSelectElement>('modifier');
  const delay = field<HTMLInputElement>('hoverDelayMs');
  const fontSize = field<HTMLInputElement>('popupFontSize');

  const clamp = (input: HTMLInputElement, min: number, max: number, fallback: number): number => {
    const n = Math.round(Number(input.value));
    return Number.isFinite(n) && input.value !== '' ? Math.min(max, Math.max(min, n)) : fallback;
  };

  function refresh(): void {
    const s = current();
    direction.value = s.direction;
    modifier.value = s.modifier;
    delay.value = String(s.hoverDelayMs);
    fontSize.value = String(s.popupFontSize);
  }

  direction.addEventListener('change', () => void update({ direction: direction.value as Direction }));
  modifier.addEventListener('change', () => void update({ modifier: modifier.value as Modifier }));
  delay.addEventListener('change', () => {
    const value = clamp(delay, DELAY.min, DELAY.max, current().hoverDelayMs);
    delay.value = String(value);
    void update({ hoverDelayMs: value });
  });
  fontSize.addEventListener('change', () => {
    const value = clamp(fontSize, FONT.min, FONT.max, current().popupFontSize);
    fontSize.value = String(value);
    void update({ popupFontSize: value });
  });

  function open(): void {
    applyTranslations(panel);
    panel.setAttribute('aria-label', t('hover.settings.title'));
    refresh();
    const box = button.getBoundingClientRect();
    panel.style.top = `${Math.round(box.bottom + 6)}px`;
    panel.style.right = `${Math.max(8, Math.round(window.innerWidth - box.right))}px`;
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    direction.focus();
  }

  function close(returnFocus = true): void {
    if (panel.hidden) return;
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (returnFocus) button.focus();
  }

  button.addEventListener('click', () => (panel.hidden ? open() : close()));
  panel.querySelector('.settings-close')!.addEventListener('click', () => close());
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation(); // not also a hover "close popup" or another panel's Escape
      close();
    } else if (event.key === 'Tab') {
      const focusable = [...panel.querySelectorAll<HTMLElement>('input, select, button')];
      const first = focusable[0]!;
      const last = focusable[focusable.length - 1]!;
      if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
      else if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
    }
  });
  document.addEventListener('pointerdown', (event) => {
    if (!panel.hidden && !panel.contains(event.target as Node) && !button.contains(event.target as Node)) close(false);
  });
}
