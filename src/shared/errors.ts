// Every failure the user can be told about, one code each: resources/locales/<lang>/errors.json has a
// message for each code in every language (checked by test/unit/shared/errors.test.ts).
export const ERROR_CODES = [
  // Opening a file (main reads it, the renderer's pipeline parses it).
  'file-missing', 'file-is-directory', 'file-not-regular', 'file-too-large', 'file-unreadable', 'file-empty', 'file-binary',
  'unsupported-format', 'mhtml-broken', 'page-too-large', 'page-unparsable',
  // A path main never saw the user choose; a dropped file of a kind drops do not open.
  'file-not-chosen', 'drop-unsupported',
  // A settings or notebook file was damaged and set aside at start-up.
  'storage-recovered-backup', 'storage-recovered-defaults',
  // Printing, saving and the window's own work.
  'pdf-failed', 'print-failed', 'save-failed', 'glossary-failed', 'clipboard-failed', 'unexpected',
  // The notebook.
  'notebook-empty-text', 'notebook-too-long', 'notebook-bad-entry', 'notebook-duplicate', 'notebook-not-found',
  'notebook-storage-failed',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
