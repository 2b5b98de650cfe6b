// Comment ends in the markup scan: `-->` or `--!>`, whichever comes first, however many comments come before.
import { describe, expect, it } from 'vitest';
import { measureMarkup } from '../../../../src/core/open/dom-limits';

describe('measureMarkup comments', () => {
  it('ends each comment at its own first -->  or --!>', () => {
    // The first comment ends at -->, though a --!> follows later; the second at --!>, hiding the <div> inside it.
    const html = '<!-- a --><div><!-- b <div> --!><div><!-- c --><span></span></div></div>';
    expect(measureMarkup(html)).toMatchObject({ elements: 3, maxDepth: 3 });
  });

  it('finds a later --!> after one already passed', () => {
    const html = '<!-- a --!><p><!-- b --><i><!-- c <b> --!><u><!-- d <s> --!></u></i></p>';
    expect(measureMarkup(html)).toMatchObject({ elements: 3, maxDepth: 3 });
  });

  it('lets a comment without an end run to the end of the markup', () => {
    expect(measureMarkup('<div><!-- a --!><div><!-- b <div><div>')).toMatchObject({ elements: 2, maxDepth: 2 });
  });

  it('gives the same counts with many comments as with none', () => {
    const plain = '<div><p>x</p></div>'.repeat(500);
    const commented = '<div><!-- n --><p>x<!-- m --!></p></div>'.repeat(500);
    expect(measureMarkup(commented)).toEqual(measureMarkup(plain));
  });
});
