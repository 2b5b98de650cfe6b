// Where the app's data lives: <repo>/resources, found from this file's place in src/node/ (or in out/main/
// once electron-vite has bundled it there; both are two levels below the repository).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (or the packaged app's) root folder. */
export function appRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/** <root>/resources: dictionaries, the phrase catalogue and the interface locales. */
export function defaultResourcesDir(): string {
  return join(appRoot(), 'resources');
}
