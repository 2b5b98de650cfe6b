// Where each folder of src/ runs, as import rules: `npm run check:boundaries` (scripts/check-boundaries.mjs)
// fails on any of them. Run it through that script, not bare `depcruise`: dependency-cruiser reads TypeScript
// through TypeScript's JS API, which TypeScript 7 (our compiler) lacks, and without it every .ts file is
// silently skipped. The script points `typescript` at the typescript5 alias and checks the files were read.
//
// Paths are relative to the folder cruised; npm packages resolve to node_modules/NAME/…, builtins are type 'core'.
const layer = (name) => `^src/${name}/`;
const electron = '^(node_modules/)?electron(/|$)';
// csv-parse/browser/esm/sync resolves here; the package's Node builds (lib/, dist/cjs/) need node:stream.
const csvParseBrowser = '^node_modules/csv-parse/dist/esm/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-imports-only-shared',
      comment:
        'shared/ is the contract both sides compile: it imports nothing but itself and valibot, the ' +
        'platform-neutral validator of the settings schema that main and the renderer share.',
      severity: 'error',
      from: { path: layer('shared') },
      to: { pathNot: [layer('shared'), '^node_modules/valibot/'] },
    },
    {
      name: 'core-imports-only-core-and-shared',
      comment:
        'core/ is platform-neutral (standard DOM and the standard library): no node: builtins, no electron, ' +
        'no other layer. The only packages: the two HTML libraries of core/open and csv-parse\'s browser build.',
      severity: 'error',
      from: { path: layer('core') },
      to: { pathNot: [layer('core'), layer('shared'), '^node_modules/(dompurify|@mozilla/readability)/', csvParseBrowser] },
    },
    {
      name: 'html-libraries-only-in-core-open',
      comment:
        'Readability and DOMPurify parse untrusted HTML; that happens in core/open alone, so the rule that ' +
        'keeps core/open out of main keeps them out too.',
      severity: 'error',
      from: { path: layer('core'), pathNot: layer('core/open') },
      to: { path: '^node_modules/(dompurify|@mozilla/readability)/' },
    },
    {
      name: 'csv-parse-only-in-core-text',
      comment: 'core/text holds the one CSV reader; its browser build (csv-parse/browser/esm/sync) runs everywhere.',
      severity: 'error',
      from: { path: layer('core'), pathNot: layer('core/text') },
      to: { path: csvParseBrowser },
    },
    {
      name: 'node-never-imports-electron',
      comment: 'node/ is shared by main, the CLI, the benchmarks and the tests; Electron arrives injected.',
      severity: 'error',
      from: { path: layer('node') },
      to: { path: electron },
    },
    {
      name: 'node-imports-no-app-layer',
      comment: 'node/ serves main and the CLI, so it cannot depend on them (nor on the renderer or preload).',
      severity: 'error',
      from: { path: layer('node') },
      to: { path: '^src/(main|preload|renderer|cli)/' },
    },
    {
      name: 'main-never-reaches-core-open',
      comment:
        'Untrusted HTML is never parsed in main: nothing main loads, directly or through node/, may pull in ' +
        'core/open, jsdom or the HTML libraries.',
      severity: 'error',
      from: { path: layer('main') },
      to: { path: ['^src/core/open/', '^node_modules/(jsdom|dompurify|@mozilla/readability)/'], reachable: true },
    },
    {
      name: 'preload-imports-only-shared-and-electron',
      comment: 'The preload exposes the contract in shared/api.ts over ipcRenderer, and nothing else.',
      severity: 'error',
      from: { path: layer('preload') },
      to: { pathNot: [layer('preload'), layer('shared'), electron] },
    },
    {
      name: 'renderer-imports-no-node-main-or-electron',
      comment: 'The renderer is sandboxed: it reaches Node and Electron only through the bridge.',
      severity: 'error',
      from: { path: layer('renderer') },
      to: { path: ['^src/(node|main|preload|cli)/', electron] },
    },
    {
      name: 'renderer-imports-no-builtins',
      comment: 'No node: module exists in the sandboxed renderer.',
      severity: 'error',
      from: { path: layer('renderer') },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'cli-imports-no-main-or-electron',
      comment: 'The CLI runs on plain Node; it starts Electron only as a child process (glosa print).',
      severity: 'error',
      from: { path: layer('cli') },
      to: { path: ['^src/(main|preload|renderer)/', electron] },
    },
    {
      name: 'no-unresolvable-imports',
      comment: 'An import that resolves to nothing would also slip past every rule above.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // node_modules may be a symlink (worktrees share one); name packages by where they are imported from.
    preserveSymlinks: true,
    // Resolve through packages' `exports` maps, as Node and Vite do (csv-parse/browser/esm/sync exists only there).
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    // Type-only imports count: a type pulled across a line is a dependency on that layer's world.
    tsPreCompilationDeps: true,
  },
};
