import { describe, expect, it } from 'vitest';
import { closedForm, compoundSplits, derivationBases, englishFormNote } from '../../../../src/core/morphology/english-derivation';

describe('English derivation', () => {
  it('knows the object forms and abbreviations Morphy lacks, and nothing inherited', () => {
    expect(closedForm('them')).toEqual(['they', 'object form of they']);
    expect(closedForm('km')).toEqual(['kilometre', 'abbreviation of kilometre']);
    expect(closedForm('constructor')).toBeUndefined();
    expect(closedForm('house')).toBeUndefined();
  });

  it('notes how an inflected form was reached', () => {
    expect(englishFormNote('Protests', { lemma: 'protest', pos: 'noun' })).toBe('plural of protest');
    expect(englishFormNote('biggest', { lemma: 'big', pos: 'adjective' })).toBe('superlative of big');
    expect(englishFormNote('bigger', { lemma: 'big', pos: 'adjective' })).toBe('comparative of big');
    expect(englishFormNote('running', { lemma: 'run', pos: 'verb' })).toBe('-ing form of run');
    expect(englishFormNote('runs', { lemma: 'run', pos: 'verb' })).toBe('3rd person singular of run');
    expect(englishFormNote('fled', { lemma: 'flee', pos: 'verb' })).toBe('past form of flee');
  });

  it('derives agent nouns and adverbs back to their base, leaving short stems alone', () => {
    expect(derivationBases('protesters')).toContain('protest');
    expect(derivationBases('reportedly')).toContain('reported');
    expect(derivationBases('exploration')).toContain('explore');
    expect(derivationBases('information')).toContain('inform');
    expect(derivationBases('fly')).toEqual([]);
  });

  it('cuts a closed compound into parts of three letters or more', () => {
    expect(compoundSplits('airbase')).toEqual([['airb', 'ase'], ['air', 'base']]);
    expect(compoundSplits('abcde')).toEqual([]);
  });
});
