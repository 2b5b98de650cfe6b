#!/usr/bin/env node
// `npm start [-- FILE]`: build, then open the window with FILE (or the seed page). A Node too old for the
// electron package is named in one line, before anything is built.
// Electron ≥ 42 fetches its binary on first launch; where that cannot happen (no route to Electron's
// releases, as on our build machines) say so in one line and exit non-zero instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronPackage, tooOldFor } from './electron-node.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// The electron package (its launcher and binary download) needs a newer Node than the tests and the CLI do.
const electron = electronPackage(root);
const needed = tooOldFor(process.versions.node, electron.enginesNode);
if (needed) {
  console.error(`glosa: the window needs Node ${needed} or later to start Electron ${electron.version}; this is Node ${process.versions.node} (\`npm test\` and the \`glosa\` CLI still run on it).`);
  process.exit(1);
}
const files = process.argv.slice(2).map((arg) => (arg.startsWith('-') ? arg : resolve(process.cwd(), arg)));

// Resolving the binary in a child keeps the download's noise (and any failure) out of this process.
const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000,
});
if (probe.status !== 0 || !probe.stdout) {
  console.error('glosa: the Electron binary is not available on this machine (it could not be downloaded); `npm test` and the `glosa` CLI still work, but the window cannot open here.');
  process.exit(1);
}

const build = spawnSync(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const child = spawn(probe.stdout, [root, ...files], { cwd: process.cwd(), stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
