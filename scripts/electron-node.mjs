// Which Node the electron npm package needs to start the window, read from its own package.json so that it
// stays true across Electron upgrades. Separate from start.mjs so it can be tested without starting anything.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The lowest Node version a `>= X.Y.Z` engines range asks for, when `nodeVersion` is below it; otherwise null
 * (also for a range of another shape, which this does not try to read).
 * @param {string} nodeVersion e.g. process.versions.node
 * @param {string | undefined} enginesNode e.g. ">= 22.12.0"
 * @returns {string | null}
 */
export function tooOldFor(nodeVersion, enginesNode) {
  const minimum = /^\s*>=\s*(\d+)\.(\d+)\.(\d+)\s*$/.exec(enginesNode ?? '');
  const current = /^v?(\d+)\.(\d+)\.(\d+)/.exec(nodeVersion);
  if (!minimum || !current) return null;
  for (let part = 1; part <= 3; part++) {
    const have = Number(current[part]);
    const need = Number(minimum[part]);
    if (have !== need) return have < need ? minimum.slice(1).join('.') : null;
  }
  return null;
}

/**
 * The installed electron package's version and its engines.node range.
 * @param {string} root the app's root folder
 * @returns {{ version: string, enginesNode: string | undefined }}
 */
export function electronPackage(root) {
  const manifest = JSON.parse(readFileSync(createRequire(root + '/').resolve('electron/package.json'), 'utf8'));
  return { version: manifest.version, enginesNode: manifest.engines?.node };
}
