// Links leave the app only after a click main has seen. The renderer asks for openExternal, but a page or a
// compromised renderer could ask at any time and in a loop (a URL is also a way to carry data out); the
// user's input, though, reaches the window through main (webContents 'input-event'), where no renderer can
// forge it. So each user gesture allows one link, shortly after it, and never more than one a second.
// Pure, with the clock passed in, so it is tested without waiting.

export interface GestureGateOptions {
  /** How long after a click or key press a link may still open. */
  gestureWindowMs: number;
  /** The least time between two links opened. */
  minIntervalMs: number;
}

const DEFAULTS: GestureGateOptions = { gestureWindowMs: 1500, minIntervalMs: 1000 };

export class UserGestureGate {
  private lastGesture = Number.NEGATIVE_INFINITY;
  private lastUse = Number.NEGATIVE_INFINITY;
  private readonly options: GestureGateOptions;

  constructor(options: Partial<GestureGateOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** The user clicked or pressed a key in the window (seen by main, not reported by the page). */
  recordGesture(now = Date.now()): void {
    this.lastGesture = now;
  }

  /** May a link open now? Uses up the gesture it rides on. */
  consume(now = Date.now()): boolean {
    const { gestureWindowMs, minIntervalMs } = this.options;
    if (now - this.lastGesture > gestureWindowMs || now < this.lastGesture) return false;
    if (this.lastUse >= this.lastGesture) return false; // this gesture already opened one
    if (now - this.lastUse < minIntervalMs) return false;
    this.lastUse = now;
    return true;
  }
}

/** The input events (Electron's InputEvent types) that count as the user asking for something. */
export const GESTURE_INPUT_TYPES: ReadonlySet<string> = new Set(['mouseUp', 'rawKeyDown', 'keyDown', 'gestureTap', 'touchEnd']);
