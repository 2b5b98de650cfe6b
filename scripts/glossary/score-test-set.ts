// Scoring of the glossary against test/fixtures/glossary/interface-strings.tsv: a string counts as
// translated when its translation equals one of the accepted renderings, ignoring case and punctuation.
import { normaliseKey } from '../../src/core/glossary/normalise';
import { translateInterfaceString } from '../../src/core/glossary/glossary';
import type { Gloss, GlossaryDeps } from '../../src/core/glossary/gloss-types';

export interface TestCase { text: string; accepted: string[] }
export interface ScoredCase extends TestCase { gloss: Gloss | null; correct: boolean }

export function parseTestSet(tsv: string): TestCase[] {
  return tsv
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [text, accepted] = line.split('\t');
      return { text: text!, accepted: (accepted ?? '').split('|').map((s) => s.trim()).filter(Boolean) };
    });
}

export function scoreTestSet(cases: TestCase[], deps: GlossaryDeps): { scored: ScoredCase[]; share: number } {
  const scored = cases.map((c) => {
    const gloss = translateInterfaceString(c.text, deps);
    const got = gloss ? normaliseKey(gloss.translation) : null;
    return { ...c, gloss, correct: got !== null && c.accepted.some((a) => normaliseKey(a) === got) };
  });
  return { scored, share: scored.filter((s) => s.correct).length / Math.max(1, scored.length) };
}
