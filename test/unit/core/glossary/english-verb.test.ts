import { describe, expect, it } from 'vitest';
import { pastParticiple, withSubject } from '../../../../src/core/glossary/english-verb';

describe('English verb forms for composed glosses', () => {
  it('makes past participles, regular and irregular, of the first word of a sense', () => {
    expect(pastParticiple('relate')).toBe('related');
    expect(pastParticiple('bottle')).toBe('bottled');
    expect(pastParticiple('publish')).toBe('published');
    expect(pastParticiple('log in')).toBe('logged in');
    expect(pastParticiple('copy')).toBe('copied');
    expect(pastParticiple('choose')).toBe('chosen');
    expect(pastParticiple('send')).toBe('sent');
  });

  it('puts the subject a Polish person implies before the verb, conjugating "be"', () => {
    expect(withSubject('pri:sg', 'accept')).toBe('I accept');
    expect(withSubject('pri:sg', 'be')).toBe('I am');
    expect(withSubject('sec:sg', 'be')).toBe('you are');
    expect(withSubject('pri:pl', 'be')).toBe('we are');
    expect(withSubject('pri:pl', 'cooperate')).toBe('we cooperate');
  });
});
