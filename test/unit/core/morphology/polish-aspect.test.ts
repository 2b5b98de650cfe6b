import { describe, expect, it } from 'vitest';
import { imperfectiveCandidates } from '../../../../src/core/morphology/polish-aspect';

describe('imperfectiveCandidates', () => {
  it('offers the stem change and the unprefixed verb of a perfective', () => {
    expect(imperfectiveCandidates('oznaczyć')).toContain('oznaczać');
    expect(imperfectiveCandidates('wysłać')).toContain('wysyłać');
    expect(imperfectiveCandidates('podzielić')).toContain('dzielić');
    expect(imperfectiveCandidates('przyjść')).toContain('przychodzić');
  });

  it('puts stem changes before prefix removal, and keeps at least three letters after a prefix', () => {
    const candidates = imperfectiveCandidates('zapisać');
    expect(candidates.indexOf('zapisywać')).toBeLessThan(candidates.indexOf('pisać'));
    expect(imperfectiveCandidates('wyć')).not.toContain('ć');
    expect(imperfectiveCandidates('być')).toEqual(['bać']);
  });
});
