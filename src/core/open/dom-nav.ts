// Tree navigation that page content cannot subvert. A <form> exposes its controls as named properties
// that override built-ins (HTML's [LegacyOverrideBuiltIns]), so in a browser `form.parentNode` can be an
// <input name="parentNode">, and a walk trusting it loops forever (DOM clobbering). These read the
// properties through the prototypes' own getters instead, found from the walk's root so that they work
// in any realm (the renderer's window, a jsdom window).
export interface DomNav {
  parent(node: Node): Node | null;
  next(node: Node): Node | null;
  first(node: Node): Node | null;
  type(node: Node): number;
  tag(el: Element): string;
  attr(el: Element, name: string): string | null;
  hasAttrs(el: Element): boolean;
}

function ownerOf(object: object, name: string): object {
  for (let proto = Object.getPrototypeOf(object); proto; proto = Object.getPrototypeOf(proto)) {
    if (Object.prototype.hasOwnProperty.call(proto, name)) return proto;
  }
  throw new Error(`no ${name} on the prototype chain`);
}

const getter = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)!.get!;
const method = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)!.value as (...a: unknown[]) => unknown;

const cache = new WeakMap<object, DomNav>();

/** The same, keyed by the node's own prototype: domNav runs per element, and the chain walk showed in profiles. */
const byOwnProto = new WeakMap<object, DomNav>();

export function domNav(root: Node): DomNav {
  const ownProto = Object.getPrototypeOf(root) as object;
  const quick = byOwnProto.get(ownProto);
  if (quick) return quick;
  const nodeProto = ownerOf(root, 'parentNode');
  const known = cache.get(nodeProto);
  if (known) {
    byOwnProto.set(ownProto, known);
    return known;
  }
  // Element.prototype is reached from any element of the same realm; make one to find it.
  const doc = (root.nodeType === 9 ? root : root.ownerDocument) as Document;
  const createElement = method(ownerOf(doc, 'createElement'), 'createElement');
  const elementProto = ownerOf(createElement.call(doc, 'span') as object, 'getAttribute');
  const parentNode = getter(nodeProto, 'parentNode');
  const nextSibling = getter(nodeProto, 'nextSibling');
  const firstChild = getter(nodeProto, 'firstChild');
  const nodeType = getter(nodeProto, 'nodeType');
  const localName = getter(elementProto, 'localName');
  const getAttribute = method(elementProto, 'getAttribute');
  const hasAttributes = method(elementProto, 'hasAttributes');
  const nav: DomNav = {
    parent: (n) => parentNode.call(n) as Node | null,
    next: (n) => nextSibling.call(n) as Node | null,
    first: (n) => firstChild.call(n) as Node | null,
    type: (n) => nodeType.call(n) as number,
    tag: (el) => localName.call(el) as string,
    attr: (el, name) => getAttribute.call(el, name) as string | null,
    hasAttrs: (el) => hasAttributes.call(el) as boolean,
  };
  cache.set(nodeProto, nav);
  byOwnProto.set(ownProto, nav);
  return nav;
}

/** What `enter` tells walkTree: go into the node's children, pass over them, or end the walk. */
export const Step = { Skip: 0, Descend: 1, Stop: 2 } as const;
export type Step = (typeof Step)[keyof typeof Step];

/**
 * Depth-first walk of `root` and its subtree by sibling and parent links: no recursion and no stack of
 * records, as pages may nest deeply. `enter(node, depth)` sees every node it reaches and answers
 * Step.Descend only for a node that has children; `leave(node, depth)` is told, with the same depth, when
 * the children of a node it went into are all done (the root's included).
 */
export function walkTree(nav: DomNav, root: Node, enter: (node: Node, depth: number) => Step, leave: (node: Node, depth: number) => void): void {
  let node: Node = root;
  let depth = 0;
  for (;;) {
    const step = enter(node, depth);
    if (step === Step.Stop) return;
    if (step === Step.Descend) {
      node = nav.first(node)!;
      depth++;
      continue;
    }
    // Leave finished nodes upwards until one has a next sibling.
    while (node !== root && !nav.next(node)) {
      node = nav.parent(node)!;
      depth--;
      leave(node, depth);
    }
    if (node === root) return;
    node = nav.next(node)!;
  }
}

/** Built-in methods found per (immediate prototype, name): the walk up the chain is the same every time. */
const builtIns = new WeakMap<object, Map<string, (...a: unknown[]) => unknown>>();

/** Call a method as its prototype defines it, whatever the object's own (clobbered) properties say. */
function callBuiltIn<T>(object: object, name: string, ...args: unknown[]): T {
  const proto = Object.getPrototypeOf(object) as object;
  let methods = builtIns.get(proto);
  if (!methods) builtIns.set(proto, (methods = new Map()));
  let fn = methods.get(name);
  if (!fn) methods.set(name, (fn = method(ownerOf(object, name), name)));
  return fn.apply(object, args) as T;
}

/**
 * Remove the `name` and `id` attributes that would shadow a built-in property of the document or of their
 * form (e.g. <input name="parentNode">, <img name="getElementById">). Readability walks the page through
 * those properties and loops forever on a clobbered one; the attributes carry nothing a reader needs.
 * Run on the inert parsed document, before anything else walks it. Returns how many were removed.
 */
export function defuseClobbering(doc: Document): number {
  const docProto = Object.getPrototypeOf(doc) as object;
  let removed = 0;
  // Every form of a realm has the same prototype: a name that is not on it cannot clobber any form, so only such
  // names (rare) pay for the search up the tree for their form.
  const formProto = Object.getPrototypeOf(callBuiltIn<Element>(doc, 'createElement', 'form')) as object;
  const elements = callBuiltIn<ArrayLike<Element>>(doc, 'querySelectorAll', '[name], [id]');
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    for (const attribute of ['name', 'id']) {
      const value = callBuiltIn<string | null>(el, 'getAttribute', attribute);
      if (value && (value in docProto || (value in formProto && callBuiltIn<Element | null>(el, 'closest', 'form') !== null))) {
        callBuiltIn(el, 'removeAttribute', attribute);
        removed++;
      }
    }
  }
  return removed;
}
