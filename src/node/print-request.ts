// The flags by which `glosa print` asks an offscreen Electron run to print a file to PDF: written by the CLI,
// read by main. No electron import, so the CLI can share it.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** What `glosa print` asks of an offscreen Electron run: main prints FILE to `out` and quits. */
export interface CliPrintRequest {
  out: string;
  appendix: Array<'glossary' | 'vocabulary'>;
}

export const CLI_PRINT_FLAG = '--glosa-print-pdf';
export const CLI_APPENDIX_FLAG = '--glosa-appendix';

/** The print request in Electron's argv (`--glosa-print-pdf=OUT [--glosa-appendix=glossary,vocabulary]`), or null. */
export function cliPrintRequest(argv: readonly string[]): CliPrintRequest | null {
  const value = (flag: string) => argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
  const out = value(CLI_PRINT_FLAG);
  if (!out) return null;
  const appendix = (value(CLI_APPENDIX_FLAG) ?? '').split(',').filter((a): a is 'glossary' | 'vocabulary' => a === 'glossary' || a === 'vocabulary');
  return { out, appendix };
}

/**
 * The throw-away profile of a `glosa print` run: a fresh folder only this user can enter, under a name nobody
 * can guess or plant beforehand (mkdtemp; a fixed /tmp/glosa-print-<pid> could be pre-created by another
 * user, as a link or with their files in it). `remove` deletes it; call it on every way out.
 */
export function createPrintProfile(tempDir: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tempDir, 'glosa-print-'));
  return {
    path,
    // Safe to call again (Chromium may write to its profile while shutting down, after the first call).
    remove: () => rmSync(path, { recursive: true, force: true, maxRetries: 3 }),
  };
}
