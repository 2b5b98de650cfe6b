import { describe, expect, it } from 'vitest';
import { MAX_OTHER_CHARS, MAX_OTHER_STRINGS, otherTextList } from '../../../../src/core/glossary/other-text';

describe('otherTextList', () => {
  it('keeps order, puts each string on one line and leaves out glossary rows and blanks', () => {
    expect(otherTextList(['Pożar hali\nmagazynowej', '  ', 'Sport', 'Jan Nowak'], ['sport'])).toEqual(['Pożar hali magazynowej', 'Jan Nowak']);
  });

  it('bounds the count and the length of each string', () => {
    const many = otherTextList(Array.from({ length: MAX_OTHER_STRINGS + 50 }, (_, i) => `Nagłówek ${i}`));
    expect(many).toHaveLength(MAX_OTHER_STRINGS);
    const [long] = otherTextList(['słowo '.repeat(1000)]);
    expect(long!.length).toBeLessThanOrEqual(MAX_OTHER_CHARS);
    expect(long!.endsWith('…')).toBe(true);
  });
});
