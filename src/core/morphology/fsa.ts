// Reader for Morfologik's finite-state automata, from the layout documented in morfologik-fsa
// (CFSA2.java): a header "\fsa" + version byte (0xC6 for CFSA2), a big-endian 16-bit flags word,
// a byte count N and N bytes mapping the most frequent labels to the indices 1..31, then the arcs.
// Every arc is a flags byte:
//   bit 7 TARGET_NEXT  the target node follows this node's last arc (no address stored)
//   bit 6 LAST_ARC     last arc of its node
//   bit 5 FINAL_ARC    a sequence may end after this arc
//   bits 0-4           index into the label map; 0: the label is the next byte
// followed by the label byte (if not indexed) and, without TARGET_NEXT, the target address as a v-int
// (7 bits per byte, least significant first, high bit = more follow). Node 0 is an epsilon node whose one
// arc leads to the root. With the NUMBERS flag each node starts with a v-int (perfect hashing), skipped here.

const CFSA2_VERSION = 0xc6;
const FSA5_VERSION = 5;
const FLAG_NUMBERS = 1 << 8;
const BIT_TARGET_NEXT = 1 << 7;
const BIT_LAST_ARC = 1 << 6;
const BIT_FINAL_ARC = 1 << 5;
const LABEL_INDEX_MASK = (1 << 5) - 1;

export class Cfsa2 {
  private readonly arcs: Uint8Array;
  private readonly labels: Uint8Array;
  private readonly numbers: boolean;
  readonly root: number;

  constructor(bytes: Uint8Array) {
    if (bytes[0] !== 0x5c || bytes[1] !== 0x66 || bytes[2] !== 0x73 || bytes[3] !== 0x61) {
      throw new Error('not a Morfologik automaton (no "\\fsa" header)');
    }
    const version = bytes[4];
    if (version === FSA5_VERSION) throw new Error('FSA5 automata are not supported yet (only CFSA2)');
    if (version !== CFSA2_VERSION) throw new Error(`unknown automaton version 0x${version?.toString(16)}`);
    const flags = (bytes[5]! << 8) | bytes[6]!;
    this.numbers = (flags & FLAG_NUMBERS) !== 0;
    const labelCount = bytes[7]!;
    this.labels = bytes.subarray(8, 8 + labelCount);
    this.arcs = bytes.subarray(8 + labelCount);
    this.root = this.target(this.firstArc(0));
  }

  firstArc(node: number): number {
    return this.numbers ? this.skipVInt(node) : node;
  }

  /** The arc after `arc` in its node, or -1. */
  nextArc(arc: number): number {
    return this.isLast(arc) ? -1 : this.skipArc(arc);
  }

  label(arc: number): number {
    const index = this.arcs[arc]! & LABEL_INDEX_MASK;
    return index > 0 ? this.labels[index]! : this.arcs[arc + 1]!;
  }

  isFinal(arc: number): boolean {
    return (this.arcs[arc]! & BIT_FINAL_ARC) !== 0;
  }

  isLast(arc: number): boolean {
    return (this.arcs[arc]! & BIT_LAST_ARC) !== 0;
  }

  /** The node an arc leads to; 0 for an arc into the terminal (no outgoing arcs) node. */
  target(arc: number): number {
    const flags = this.arcs[arc]!;
    if (flags & BIT_TARGET_NEXT) {
      let last = arc;
      while (!this.isLast(last)) last = this.skipArc(last);
      return this.skipArc(last);
    }
    let at = arc + ((flags & LABEL_INDEX_MASK) ? 1 : 2);
    let b = this.arcs[at]!;
    let value = b & 0x7f;
    let shift = 7;
    while (b & 0x80) {
      b = this.arcs[++at]!;
      value += (b & 0x7f) * 2 ** shift;
      shift += 7;
    }
    return value;
  }

  /** The arc of `node` labelled `label`, or -1. */
  arcFor(node: number, label: number): number {
    for (let arc = this.firstArc(node); arc >= 0; arc = this.nextArc(arc)) {
      if (this.label(arc) === label) return arc;
    }
    return -1;
  }

  /** The node reached after reading `input` (its first `length` bytes) from `node`, or -1 when there is no such path. */
  walk(input: Uint8Array, node = this.root, length = input.length): number {
    for (let i = 0; i < length; i++) {
      if (node <= 0) return -1;
      const arc = this.arcFor(node, input[i]!);
      if (arc < 0) return -1;
      node = this.target(arc);
    }
    return node;
  }

  /** Every byte sequence accepted from `node` on (the "right language" of the node). */
  completions(node: number, limit = 1000): Uint8Array[] {
    const out: Uint8Array[] = [];
    this.forEachCompletion(node, (path, length) => out.push(path.slice(0, length)), limit);
    return out;
  }

  /**
   * Calls `f` with each byte sequence accepted from `node` on, as the first `length` bytes of a buffer that is
   * reused (copy what you keep). Depth-first with an explicit stack: nothing is allocated per sequence.
   */
  forEachCompletion(node: number, f: (path: Uint8Array, length: number) => void, limit = 1000): void {
    if (node <= 0) return;
    let depth = 0;
    let found = 0;
    this.stack[0] = this.firstArc(node);
    while (depth >= 0 && found < limit) {
      const arc = this.stack[depth]!;
      if (arc < 0) {
        depth--;
        if (depth >= 0) this.stack[depth] = this.nextArc(this.stack[depth]!);
        continue;
      }
      if (depth + 1 >= this.path.length) this.grow();
      this.path[depth] = this.label(arc);
      if (this.isFinal(arc)) {
        f(this.path, depth + 1);
        found++;
      }
      const next = this.target(arc);
      if (next > 0) this.stack[++depth] = this.firstArc(next);
      else this.stack[depth] = this.nextArc(arc);
    }
  }

  // The current path of forEachCompletion and the arc being followed at each depth.
  private path = new Uint8Array(128);
  private stack = new Int32Array(128);

  private grow(): void {
    const path = new Uint8Array(this.path.length * 2);
    path.set(this.path);
    const stack = new Int32Array(this.stack.length * 2);
    stack.set(this.stack);
    this.path = path;
    this.stack = stack;
  }

  private skipArc(arc: number): number {
    const flags = this.arcs[arc]!;
    let at = arc + 1;
    if ((flags & LABEL_INDEX_MASK) === 0) at++;
    if ((flags & BIT_TARGET_NEXT) === 0) at = this.skipVInt(at);
    return at;
  }

  private skipVInt(at: number): number {
    while (this.arcs[at]! & 0x80) at++;
    return at + 1;
  }
}
