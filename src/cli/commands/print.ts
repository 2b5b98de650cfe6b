// `glosa print FILE -o out.pdf [--appendix glossary,vocabulary]`: the app's own print path, run in an
// offscreen Electron window (the renderer is what lays the article out, so there is no print without it).
// Where the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD), it says so and exits 1.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { CLI_APPENDIX_FLAG, CLI_PRINT_FLAG } from '../../node/print-request';
import { appRoot } from '../../node/resources';
import type { Command } from '../command';
import { parseArgs, UsageError } from '../io';

const APPENDICES = ['glossary', 'vocabulary'];

/**
 * Path of the Electron executable, or null where npm installed the package without its binary. Read the
 * way electron/index.js does (path.txt, ELECTRON_OVERRIDE_DIST_PATH) rather than through require('electron'),
 * which since Electron 3x tries to download a missing binary on first use.
 */
export function electronBinary(): string | null {
  let dir: string;
  try {
    dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? join(override, relative || 'electron') : relative ? join(dir, 'dist', relative) : null;
  return binary && existsSync(binary) ? binary : null;
}

export const command: Command = {
  summary: 'print a saved page (article only, optional appendices) to PDF',
  usage: 'glosa print FILE -o out.pdf [--appendix glossary,vocabulary]',
  async run(argv, io) {
    const { flags, words } = parseArgs(argv, { valued: ['o', 'out', 'appendix'] });
    const file = words[0];
    if (!file || words.length > 1) throw new UsageError('give exactly one FILE (glosa print FILE -o out.pdf)');
    if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
    const out = flags.get('o') ?? flags.get('out');
    if (typeof out !== 'string' || !out) throw new UsageError('-o out.pdf is required');
    const appendixFlag = flags.get('appendix');
    const appendix = typeof appendixFlag === 'string' ? appendixFlag.split(',').map((a) => a.trim()).filter(Boolean) : [];
    const unknown = appendix.filter((a) => !APPENDICES.includes(a));
    if (appendixFlag === true || unknown.length) throw new UsageError(`--appendix takes ${APPENDICES.join(',')} (got "${unknown.join(',') || ''}")`);

    const electron = electronBinary();
    if (!electron) {
      io.err('glosa print: the Electron binary is not installed here (npm skipped its download), so there is no offscreen window to print from; `npm run shot -- FILE --pdf out.pdf` prints through Chromium instead');
      return 1;
    }
    const mainEntry = join(appRoot(), 'out/main/index.js');
    if (!existsSync(mainEntry)) {
      io.err('glosa print: the app is not built (run `npm run build` first)');
      return 1;
    }
    const args = [mainEntry, `${CLI_PRINT_FLAG}=${resolve(out)}`, ...(appendix.length ? [`${CLI_APPENDIX_FLAG}=${appendix.join(',')}`] : []), resolve(file)];
    const code = await new Promise<number>((done) => {
      const child = spawn(electron, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ELECTRON_DISABLE_SECURITY_WARNINGS: '1' } });
      child.on('error', () => done(1));
      child.on('exit', (c) => done(c ?? 1));
    });
    if (code !== 0 || !existsSync(resolve(out))) {
      io.err(`glosa print: Electron exited with code ${code} without writing ${out}`);
      return code || 1;
    }
    io.out(JSON.stringify({ ok: true, file: resolve(file), pdf: resolve(out), appendix }));
    return 0;
  },
};
