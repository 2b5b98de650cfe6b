// Test and benchmark probes: only in the renderer built with `electron-vite build --mode probes` (the hover
// bench builds it); main.ts imports this module behind `import.meta.env.MODE === 'probes'`, so the app's own
// build (mode "production") leaves it out altogether (test/e2e/build.test.ts checks the bundle).
import type { HoverProbe, HoverTiming } from '../features/hover';

/** One hover measured for the benchmark: pointer event to the end of the frame that shows the popup. */
export interface HoverSample {
  ms: number;
  /** Pointer event to popup filled, placed and visible (before the frame is drawn). */
  workMs: number;
  cold: boolean;
  text: string;
  /** Pointer event's timeStamp to the start of its scan (input queueing, not our work). */
  inputMs: number;
  /** Scan start to the lookup's answer (the scan alone when cached). */
  lookupMs: number;
  /** Answer to popup filled, laid out and placed. */
  showMs: number;
  /** Popup placed to the end of the frame that paints it (waitMs + renderMs). */
  frameMs: number;
  /** Popup placed to the start of that frame (its animation-frame callbacks). */
  waitMs: number;
  /** Start of that frame to its end: the frame's style, layout, paint and commit. */
  renderMs: number;
  /** The hit test alone (caretPositionFromPoint and the word's boxes). */
  scanMs: number;
  /**
   * The painting frame's begin time (its vsync time, the animation-frame callbacks' argument) minus the pointer
   * event's timeStamp. Frames begin one refresh interval apart, so the popup is painted in the first frame that
   * begins after the event when this is under one interval (it can be negative: a frame begun just before the
   * event whose main-thread work had not started yet).
   */
  beginMs: number;
}

declare global {
  interface Window {
    /** Set (e.g. by an init script) to collect HoverSample records in __glosaHoverSamples. */
    __glosaHoverBench?: boolean;
    __glosaHoverSamples?: HoverSample[];
    /** Set to false (e.g. by the bench) to leave out the idle-time lookups of the words in view. */
    __glosaHoverPrefetch?: boolean;
    /** Set to false (e.g. by the bench) to scan on pointermove even where pointerrawupdate exists. */
    __glosaHoverRaw?: boolean;
  }
}

/** "After the frame that shows it": a message posted during a frame's rAF callbacks is handled once that
 *  frame's style, layout and paint are done (the usual after-paint idiom). */
function afterPaintScheduler(): (f: (frameAt: number, frameBegin: number) => void) => void {
  let inFrame = false;
  let frameAt = 0;
  let frameBegin = 0;
  let afterFrame: Array<(frameAt: number, frameBegin: number) => void> = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    inFrame = false;
    const run = afterFrame;
    afterFrame = [];
    for (const f of run) f(frameAt, frameBegin);
  };
  const enterFrame = (begin: number) => {
    inFrame = true;
    frameAt = performance.now();
    frameBegin = begin;
    channel.port2.postMessage(0);
  };
  return (f) => {
    if (inFrame) afterFrame.push(f);
    else requestAnimationFrame((begin) => {
      enterFrame(begin);
      afterFrame.push(f);
    });
  };
}

/** The hover probe the window's flags ask for: samples when __glosaHoverBench (or ?bench) is set. */
export function hoverProbe(): HoverProbe {
  const bench = window.__glosaHoverBench === true || new URLSearchParams(location.search).has('bench');
  const afterPaint = afterPaintScheduler();
  if (bench) window.__glosaHoverSamples = [];
  return {
    prefetch: window.__glosaHoverPrefetch !== false,
    rawUpdates: window.__glosaHoverRaw !== false,
    shown({ startedAt, scannedAt, scanMs, lookedUpAt, cold, text }: HoverTiming) {
      if (!bench) return;
      // The popup's placement is written in a microtask queued before this one.
      void Promise.resolve().then(() => {
        const visibleAt = performance.now();
        afterPaint((frameAt, frameBegin) => {
          const end = performance.now();
          performance.measure('glosa-hover', { start: startedAt, end });
          window.__glosaHoverSamples!.push({
            ms: end - startedAt, workMs: visibleAt - startedAt, cold, text,
            inputMs: scannedAt - startedAt, lookupMs: lookedUpAt - scannedAt, showMs: visibleAt - lookedUpAt,
            frameMs: end - visibleAt, waitMs: frameAt - visibleAt, renderMs: end - frameAt, scanMs, beginMs: frameBegin - startedAt,
          });
          // The bench waits for this instead of polling the page (polling would compete with the hover for the thread).
          window.dispatchEvent(new Event('glosa-hover-sample'));
        });
      });
    },
  };
}
