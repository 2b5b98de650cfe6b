import { describe, expect, it } from 'vitest';
import { cleanDisplayText, matchInitialCase, normaliseKey, splitControls } from '../../../../src/core/glossary/normalise';

describe('normaliseKey', () => {
  it('folds case, whitespace, trailing colon, asterisks, [x] and bullets', () => {
    expect(normaliseKey('  Podziel   się: ')).toBe('podziel się');
    expect(normaliseKey('zamknij [x]')).toBe('zamknij');
    expect(normaliseKey('Pola oznaczone * są wymagane.')).toBe('pola oznaczone są wymagane');
    expect(normaliseKey('• Wyślij znajomemu')).toBe('wyślij znajomemu');
    expect(normaliseKey('Czytaj więcej »')).toBe('czytaj więcej');
  });
  it('leaves nothing of strings without letters or digits', () => {
    expect(normaliseKey(' • * ')).toBe('');
  });
});

describe('display text and controls', () => {
  it('drops leading bullets and trailing separators, keeps the words as written', () => {
    expect(cleanDisplayText('  •  Wersja do druku  ')).toBe('Wersja do druku');
    expect(cleanDisplayText('Podziel się:')).toBe('Podziel się');
  });
  it('splits a line of several controls on runs of spaces, bars and bullets', () => {
    expect(splitControls('Podziel się:   Więcej')).toEqual(['Podziel się', 'Więcej']);
    expect(splitControls('Kontakt | Regulamin • Pomoc')).toEqual(['Kontakt', 'Regulamin', 'Pomoc']);
    expect(splitControls('Wiadomość została wysłana.')).toEqual(['Wiadomość została wysłana.']);
  });
  it('lowercases a translation when the Polish starts lowercase, but not acronyms', () => {
    expect(matchInitialCase('zamknij', 'Close')).toBe('close');
    expect(matchInitialCase('Zamknij', 'Close')).toBe('Close');
    expect(matchInitialCase('strona', 'URL')).toBe('URL');
  });
});
