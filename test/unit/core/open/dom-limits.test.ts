import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { limitParsedTree } from '../../../../src/core/open/dom-limits';

const body = (html: string): HTMLElement => new JSDOM(`<!doctype html><body>${html}`).window.document.body;

describe('limitParsedTree: element budget', () => {
  it('keeps a tree within the budgets whole', () => {
    const root = body('<div><p>a</p><p>b</p></div><p>c</p>');
    expect(limitParsedTree(root, 10, 10, 10)).toEqual({ elements: 5, maxDepth: 3, cut: false });
    expect(root.textContent).toBe('abc');
  });

  it('past the element budget, removes the rest of the tree in document order', () => {
    const root = body('<div><p>a</p><p>b</p><p>c</p></div><p>d</p><p>e</p>');
    const bounds = limitParsedTree(root, 10, 4, 10);
    expect(bounds.cut).toBe(true);
    expect(bounds.elements).toBe(4);
    expect(root.getElementsByTagName('*')).toHaveLength(3);
    expect(root.textContent).toBe('ab');
  });

  it('keeps the first element children of a wide parent, and what follows it', () => {
    const root = body('<p>' + '<i>x</i>'.repeat(50) + '</p><p>after</p>');
    const bounds = limitParsedTree(root, 10, 1000, 20);
    expect(bounds.cut).toBe(true);
    expect(root.firstElementChild!.childElementCount).toBe(20);
    expect(root.lastElementChild!.textContent).toBe('after');
  });

  it('<p><button> repeated: a shallow, wide tree is cut to the budget', () => {
    const root = body('<p><button>x'.repeat(3000));
    const bounds = limitParsedTree(root, 128, 1000, 4000);
    expect(bounds.cut).toBe(true);
    expect(root.getElementsByTagName('*').length).toBeLessThan(1000);
  });
});
