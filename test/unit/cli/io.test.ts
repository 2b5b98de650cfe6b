import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../src/cli/io';

const parsed = (argv: string[], valued: string[] = [], switches = ['json', 'stdin']) => {
  const { flags, words } = parseArgs(argv, { valued, switches });
  return { flags: Object.fromEntries(flags), words };
};

describe('parseArgs', () => {
  it('reads flags, inline and separate values, and words in any order', () => {
    expect(parsed(['--stdin', '--from', 'pl', 'dom', '--json'], ['from'])).toEqual({ flags: { stdin: true, from: 'pl', json: true }, words: ['dom'] });
    expect(parsed(['page.html', '-o', 'out.pdf', '--appendix=glossary'], ['o', 'appendix'])).toEqual({ flags: { o: 'out.pdf', appendix: 'glossary' }, words: ['page.html'] });
  });

  it('names the first option the command does not take', () => {
    expect(() => parseArgs(['--json', '--frob', '--x=y'], { switches: ['json'] })).toThrow(new UsageError('unknown option --frob'));
    expect(() => parseArgs(['--from=pl'], { switches: ['from'] })).not.toThrow();
  });

  it('keeps single-dash arguments that are no option, and everything after --, as words', () => {
    expect(parsed(['-Więcej', '-5', '-', 'a', '--', '--json', '-o'], ['o'])).toEqual({ flags: {}, words: ['-Więcej', '-5', '-', 'a', '--json', '-o'] });
  });

  it('says which option lacks its value', () => {
    expect(() => parseArgs(['--from'], { valued: ['from'] })).toThrow(new UsageError('--from needs a value'));
    expect(() => parseArgs(['x', '-o'], { valued: ['o'] })).toThrow('-o needs a value');
  });
});
