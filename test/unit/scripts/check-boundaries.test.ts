// The boundary check (scripts/check-boundaries.mjs, .dependency-cruiser.cjs) on the real tree, and on a copy of
// it where every rule is broken once, so a check that silently reads nothing or never fires cannot pass.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const script = join(root, 'scripts/check-boundaries.mjs');
const ruleNames: string[] = createRequire(__filename)(join(root, '.dependency-cruiser.cjs')).forbidden.map(
  (rule: { name: string }) => rule.name,
);

function check(tree?: string) {
  const run = spawnSync(process.execPath, tree ? [script, tree] : [script], { encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, output: run.stdout + run.stderr };
}

// New files only, so the probes keep working whatever the real files are called. Each line: the file, its text,
// and the rule it must break ('' for an allowed import, or a file that only serves as a target).
const probes: [file: string, text: string, rule: string][] = [
  ['src/shared/boundary-probe.ts', "import '../core/boundary-probe';\n", 'shared-imports-only-shared'],
  ['src/shared/boundary-probe-valibot.ts', "import * as v from 'valibot';\nexport const schema = v.string();\n", ''],
  ['src/core/boundary-probe.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n", 'core-imports-only-core-and-shared'],
  ['src/core/glossary/boundary-probe.ts', "import DOMPurify from 'dompurify';\nexport const purify = DOMPurify;\n", 'html-libraries-only-in-core-open'],
  ['src/core/boundary-probe-csv.ts', "import { parse } from 'csv-parse/browser/esm/sync';\nexport const read = parse;\n", 'csv-parse-only-in-core-text'],
  ['src/core/text/boundary-probe-csv.ts', "import { parse } from 'csv-parse/sync';\nexport const read = parse;\n", 'core-imports-only-core-and-shared'],
  ['src/core/text/boundary-probe-csv-browser.ts', "import { parse } from 'csv-parse/browser/esm/sync';\nexport const read = parse;\n", ''],
  ['src/core/open/boundary-probe.ts', 'export interface ParsedProbe { html: string }\n', ''],
  ['src/node/boundary-probe.ts', "import type { ParsedProbe } from '../core/open/boundary-probe';\nexport type Probe = ParsedProbe;\n", ''],
  ['src/node/boundary-probe-electron.ts', "import { app } from 'electron';\nexport const name = app.getName;\n", 'node-never-imports-electron'],
  ['src/node/boundary-probe-main.ts', "import '../main/boundary-probe';\n", 'node-imports-no-app-layer'],
  // Type-only and two steps away (main → node → core/open): still a path from main to the HTML parser.
  ['src/main/boundary-probe.ts', "import type { Probe } from '../node/boundary-probe';\nexport type MainProbe = Probe;\n", 'main-never-reaches-core-open'],
  ['src/preload/boundary-probe.ts', "import '../core/boundary-probe';\n", 'preload-imports-only-shared-and-electron'],
  ['src/renderer/boundary-probe.ts', "import '../node/boundary-probe';\n", 'renderer-imports-no-node-main-or-electron'],
  ['src/renderer/boundary-probe-builtin.ts', "import { join } from 'node:path';\nexport const joined = join;\n", 'renderer-imports-no-builtins'],
  ['src/cli/boundary-probe.ts', "import 'electron';\n", 'cli-imports-no-main-or-electron'],
  ['src/cli/boundary-probe-missing.ts', "import './no-such-module';\n", 'no-unresolvable-imports'],
];

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('check:boundaries', () => {
  it('passes on the real tree, having read its TypeScript', () => {
    const run = check();
    expect(run.output).toMatch(/no rule broken/);
    expect(run.status).toBe(0);
  });

  it('fails on a copy with each rule broken once, naming every rule and the file that broke it', () => {
    const tree = mkdtempSync(join(tmpdir(), 'glosa-boundaries-'));
    temps.push(tree);
    cpSync(join(root, 'src'), join(tree, 'src'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
    for (const [file, text] of probes) {
      mkdirSync(dirname(join(tree, file)), { recursive: true });
      writeFileSync(join(tree, file), text);
    }
    const run = check(tree);
    expect(run.status).toBe(1);
    for (const [file, , rule] of probes) {
      const brokenBy = new RegExp(`error ${rule || '[\\w-]+'}: ${file.replaceAll('.', '\\.')} `);
      if (rule) expect(run.output, rule).toMatch(brokenBy);
      else expect(run.output, file).not.toMatch(brokenBy);
    }
    // Every rule in the config has a probe: a rule added later gets one too.
    expect(new Set(probes.map(([, , rule]) => rule).filter(Boolean))).toEqual(new Set(ruleNames));
  });
});
