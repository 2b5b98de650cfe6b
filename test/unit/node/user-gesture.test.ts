import { describe, expect, it } from 'vitest';
import { UserGestureGate } from '../../../src/node/user-gesture';

describe('links open only on a user gesture main saw', () => {
  it('refuses without any gesture', () => {
    expect(new UserGestureGate().consume(10_000)).toBe(false);
  });

  it('allows one link per gesture, shortly after it', () => {
    const gate = new UserGestureGate({ gestureWindowMs: 1500, minIntervalMs: 1000 });
    gate.recordGesture(10_000);
    expect(gate.consume(10_100)).toBe(true);
    expect(gate.consume(10_200)).toBe(false); // the same click again
    gate.recordGesture(20_000);
    expect(gate.consume(21_600)).toBe(false); // too long after the click
  });

  it('never opens two links within the minimum interval, however many gestures', () => {
    const gate = new UserGestureGate({ gestureWindowMs: 1500, minIntervalMs: 1000 });
    gate.recordGesture(10_000);
    expect(gate.consume(10_010)).toBe(true);
    gate.recordGesture(10_300);
    expect(gate.consume(10_310)).toBe(false);
    gate.recordGesture(11_100);
    expect(gate.consume(11_110)).toBe(true);
  });

  it('does not count a gesture from the future (a clock step)', () => {
    const gate = new UserGestureGate();
    gate.recordGesture(50_000);
    expect(gate.consume(49_000)).toBe(false);
  });
});
