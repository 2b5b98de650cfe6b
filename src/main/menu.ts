// The native menu, localised with the same i18next resources as the renderer (namespace "app", keys menu.*).
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/api';
import type { UiLang } from '../shared/types';

export interface MenuActions {
  command(command: MenuCommand): void;
  openRecent(path: string): void;
  setLanguage(lang: UiLang): void;
  quit(): void;
}

/** Build the template from a translate function; pure, so its labels can be tested in both languages. */
export function menuTemplate(
  t: (key: string) => string, actions: MenuActions, recent: string[], uiLang: UiLang, isMac: boolean,
): MenuItemConstructorOptions[] {
  const cmd = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    // The renderer handles these keys itself (so they work the same in tests); the menu only shows them.
    label: t(label), accelerator, registerAccelerator: false, click: () => actions.command(command),
  });
  return [
    {
      label: t('menu.file'),
      submenu: [
        cmd('menu.open', 'open', 'CmdOrCtrl+O'),
        {
          label: t('menu.openRecent'),
          enabled: recent.length > 0,
          submenu: recent.map((path) => ({ label: path, click: () => actions.openRecent(path) })),
        },
        { type: 'separator' },
        cmd('menu.print', 'print', 'CmdOrCtrl+P'),
        cmd('menu.exportPdf', 'export-pdf', 'CmdOrCtrl+Shift+E'),
        { type: 'separator' },
        { label: t('menu.quit'), accelerator: isMac ? 'Cmd+Q' : 'Ctrl+Q', click: () => actions.quit() },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'copy', label: t('menu.copy') },
        { role: 'selectAll', label: t('menu.selectAll') },
        { type: 'separator' },
        cmd('menu.findGlossary', 'find-glossary', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        cmd('menu.fontBigger', 'font-bigger', 'CmdOrCtrl+='),
        cmd('menu.fontSmaller', 'font-smaller', 'CmdOrCtrl+-'),
        cmd('menu.fontReset', 'font-reset', 'CmdOrCtrl+0'),
        { type: 'separator' },
        cmd('menu.themeLight', 'theme-light'),
        cmd('menu.themeSepia', 'theme-sepia'),
        cmd('menu.themeDark', 'theme-dark'),
        { type: 'separator' },
        cmd('menu.toggleGlossary', 'toggle-glossary', 'CmdOrCtrl+G'),
        cmd('menu.toggleNotebook', 'toggle-notebook', 'CmdOrCtrl+B'),
        { type: 'separator' },
        {
          label: t('menu.language'),
          submenu: (['en', 'pl'] as const).map((lang) => ({
            label: t(`language.${lang}`), type: 'radio' as const, checked: uiLang === lang,
            click: () => actions.setLanguage(lang),
          })),
        },
      ],
    },
  ];
}
