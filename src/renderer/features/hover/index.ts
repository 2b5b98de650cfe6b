// Hover translations: point at a word of the article or the glossary panel (or move the reading caret
// onto it) and a popup shows its dictionary entries. Pointer moves are coalesced to one scan per frame;
// lookups are cached per (text, lang), so a word seen before is shown in the frame of the pointer event.
// The popup opens on intent, not after a fixed wait: once the pointer rests on a word (a second, slow
// pointer event on it, or Settings.hoverDelayMs without leaving it), at once while a popup is already
// open (it follows the pointer word to word), and at once with the modifier key held (Shift when no
// modifier is required). A sweep across a line opens nothing.
import '../../styles/hover.css';
import type { LookupResult, Modifier, Settings } from '../../../shared/types';
import { cachedLookup, lookup } from './lookup-cache';
import { Popup } from './popup';
import { installPrefetch } from './prefetch';
import { caretHit, firstVisibleWord, moveCaret, type CaretPosition } from './reading-caret';
import { hitAt, matchedRange, sameHit, type Hit } from './scanner';
import { rangeOf } from './text-index';
import { isTyping } from '../../ui/keyboard';

export interface HoverOptions {
  article: HTMLElement;
  glossary: HTMLElement;
  getSettings: () => Settings;
  /** Told of every result the popup shows (the print module's vocabulary appendix records them). */
  onShown?: (result: LookupResult) => void;
  /** Measurement hooks of the probes build (benchmarks); absent in the app. */
  probe?: HoverProbe;
}

/** When a hover's stages were reached (performance.now() times), for a probe that measures hovers. */
export interface HoverTiming {
  /** The timeStamp of the last pointer event before the popup was shown (the caret: the key press). */
  startedAt: number;
  /** Start of the scan that found the word. */
  scannedAt: number;
  /** The hit test alone (caretPositionFromPoint and the word's boxes); 0 when the rest time came between. */
  scanMs: number;
  /** The lookup's answer (the scan's end when it came from the cache). */
  lookedUpAt: number;
  /** True when the answer was not in the renderer's cache. */
  cold: boolean;
  /** The matched words (or the word under the pointer when nothing matched). */
  text: string;
}

/** Instrumentation that only the probes build passes in (src/renderer/dev/); the app runs without one. */
export interface HoverProbe {
  /** Look up the words in view at idle time (the app always does). */
  prefetch: boolean;
  /** Scan on pointerrawupdate where the browser has it (the app always does), else on pointermove. */
  rawUpdates: boolean;
  /** Called once the popup is filled and placed, in the same task. */
  shown(timing: HoverTiming): void;
}

const HIDE_GRACE_MS = 250;
// pointerrawupdate (secure contexts only: app:// and the tests' 127.0.0.1 are) is dispatched as soon as a
// move reaches the page; pointermove is held back to the next frame and dispatched inside it. Scanning on
// the raw update does the hit test, the lookup and the popup's fill, style and layout while the page waits
// for that frame, which is then left with paint and commit.
const RAW_MOVES = 'onpointerrawupdate' in window;
const MODIFIER_KEYS: Record<Exclude<Modifier, 'none'>, string> = { shift: 'Shift', alt: 'Alt', ctrl: 'Control' };
/**
 * A second pointer event on the same word counts as resting only when the pointer has slowed to at most this
 * speed (px per ms) since the event before: a mouse sweeping a line at a reading pace sends several events per
 * word (125–1000 a second), all faster than this, while one settling on a word creeps or stops.
 */
const REST_SPEED_PX_PER_MS = 0.15;

type Keys = { shiftKey: boolean; altKey: boolean; ctrlKey: boolean };
const modifierHeld = (m: Modifier, e: Keys): boolean =>
  m === 'none' || (m === 'shift' && e.shiftKey) || (m === 'alt' && e.altKey) || (m === 'ctrl' && e.ctrlKey);
/** The key that skips the rest time: the required modifier, else Shift (as Yomitan's scan key). */
const instantKeyHeld = (m: Modifier, e: Keys): boolean => (m === 'none' ? e.shiftKey : modifierHeld(m, e));
const instantKey = (m: Modifier): string => (m === 'none' ? 'Shift' : MODIFIER_KEYS[m]);

export function installHover({ article, glossary, getSettings, onShown, probe }: HoverOptions): void {
  const roots: Element[] = [article, glossary];
  const popup = new Popup();
  const matchHighlight = new Highlight();
  const caretHighlight = new Highlight();
  matchHighlight.priority = 1;
  CSS.highlights.set('glosa-hover', matchHighlight);
  CSS.highlights.set('glosa-caret', caretHighlight);
  if (probe?.prefetch ?? true) installPrefetch(roots, () => getSettings().direction);
  const moveEvent = RAW_MOVES && (probe?.rawUpdates ?? true) ? 'pointerrawupdate' : 'pointermove';

  type Pointer = Keys & { x: number; y: number; target: EventTarget | null; timeStamp: number };
  let pointer: Pointer | null = null;
  /** The pointer as the previous scan saw it, for its speed. */
  let scanned: Pointer | null = null;
  let frame = 0;
  /** The rest timer of a word the pointer is on but whose popup is not shown yet (0: none pending). */
  let restTimer = 0;
  let hideTimer = 0;
  let current: Hit | null = null;
  let token = 0;
  let caret: CaretPosition | null = null;

  function clearRest(): void {
    clearTimeout(restTimer);
    restTimer = 0;
  }

  function clearHide(): void {
    clearTimeout(hideTimer);
    hideTimer = 0;
  }

  function close(): void {
    token++;
    clearRest();
    clearHide();
    current = null;
    matchHighlight.clear();
    popup.hide();
  }

  function scheduleHide(): void {
    if (hideTimer || !popup.visible || popup.pinned || caret) return;
    hideTimer = window.setTimeout(() => {
      hideTimer = 0;
      close();
    }, HIDE_GRACE_MS);
  }

  async function showHit(hit: Hit, startedAt: number, scannedAt = performance.now(), scanMs = 0): Promise<void> {
    const mine = ++token;
    const settings = getSettings();
    const warm = cachedLookup(hit.text, hit.lang, hit);
    let result: LookupResult;
    try {
      result = warm ?? (await lookup(hit.text, hit.lang, hit));
    } catch {
      return; // a failed lookup leaves the previous popup; the next move tries again
    }
    if (mine !== token) return;
    const lookedUpAt = performance.now();
    const { start, end } = hit.index.words[hit.word]!;
    const word = hit.index.text.slice(start, end);
    const range = result.entries.length ? matchedRange(hit, result.matched) : rangeOf(hit.index, start, end);
    // Read the anchor's boxes first, while the layout is still clean from the scan; everything after is writes.
    const rects = [...range.getClientRects()];
    matchHighlight.clear();
    matchHighlight.add(range);
    popup.setFontSize(settings.popupFontSize);
    popup.show(result, word, range, rects);
    // Recording what was shown is no part of showing it: in idle time, not before the popup's frame.
    if (onShown) requestIdleCallback(() => onShown(result), { timeout: 500 });
    probe?.shown({ startedAt, scannedAt, scanMs, lookedUpAt, cold: !warm, text: result.matched || word });
  }

  /** True when the pointer moved at most REST_SPEED_PX_PER_MS since the previous scan. */
  function slowSince(previous: Pointer | null, p: Pointer): boolean {
    if (!previous) return false;
    const dt = p.timeStamp - previous.timeStamp;
    const distance = Math.hypot(p.x - previous.x, p.y - previous.y);
    return distance === 0 || (dt > 0 && distance / dt <= REST_SPEED_PX_PER_MS);
  }

  function scan(): void {
    frame = 0;
    const p = pointer;
    const previous = scanned;
    scanned = p;
    if (!p || popup.pinned) return;
    if (popup.contains(p.target)) {
      clearHide();
      return;
    }
    const settings = getSettings();
    if (!modifierHeld(settings.modifier, p)) return;
    const scannedAt = performance.now();
    const hit = hitAt(p.x, p.y, roots, settings.direction);
    const scanMs = performance.now() - scannedAt;
    if (!hit) {
      clearRest();
      if (current && !popup.visible) current = null;
      scheduleHide();
      return;
    }
    clearHide();
    if (sameHit(hit, current)) {
      // Still on the word whose popup waits: a second, slow event means the pointer rests there.
      if (restTimer && slowSince(previous, p)) {
        clearRest();
        void showHit(hit, p.timeStamp, scannedAt, scanMs);
      }
      return;
    }
    current = hit;
    clearRest();
    if (settings.hoverDelayMs === 0 || popup.visible || instantKeyHeld(settings.modifier, p)) {
      void showHit(hit, p.timeStamp, scannedAt, scanMs);
    } else {
      restTimer = window.setTimeout(() => {
        restTimer = 0;
        // Timed from the last pointer event: the one that brought the pointer here, or a later one inside the word.
        void showHit(hit, pointer?.timeStamp ?? p.timeStamp);
      }, settings.hoverDelayMs);
    }
  }

  // At most one scan per frame: the first move of a frame is scanned at once (no wait for the next
  // frame), later moves of the same frame are coalesced into one scan in its animation-frame callback.
  let scannedThisFrame = false;
  function requestScan(): void {
    if (!scannedThisFrame) {
      scannedThisFrame = true;
      requestAnimationFrame(() => void (scannedThisFrame = false));
      scan();
    } else if (!frame) {
      frame = requestAnimationFrame(scan);
    }
  }

  document.addEventListener(moveEvent, (event) => {
    const e = event as PointerEvent;
    if (e.pointerType === 'touch') return;
    pointer = { x: e.clientX, y: e.clientY, target: e.target, timeStamp: e.timeStamp, shiftKey: e.shiftKey, altKey: e.altKey, ctrlKey: e.ctrlKey };
    requestScan();
  }, { passive: true });
  document.addEventListener('pointerleave', () => scheduleHide());
  // The page moves under a still pointer: what is under it changes.
  // A pinned or caret popup follows its word instead (placed again once per frame).
  let repositionFrame = 0;
  const repositionSoon = () => {
    if (!repositionFrame) repositionFrame = requestAnimationFrame(() => {
      repositionFrame = 0;
      popup.reposition();
    });
  };
  document.addEventListener('scroll', () => {
    if (!popup.pinned && !caret) close();
    else repositionSoon();
  }, { capture: true, passive: true });
  window.addEventListener('resize', repositionSoon);

  function showCaret(): void {
    if (!caret) return;
    const hit = caretHit(caret);
    const { start, end } = hit.index.words[hit.word]!;
    const range = rangeOf(hit.index, start, end);
    caretHighlight.clear();
    caretHighlight.add(range);
    const box = range.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    current = hit;
    void showHit(hit, performance.now());
  }

  function setCaret(on: boolean): void {
    caret = on ? firstVisibleWord(roots, getSettings().direction) : null;
    document.body.classList.toggle('glosa-caret-on', !!caret);
    caretHighlight.clear();
    if (caret) showCaret();
    else close();
  }

  window.addEventListener('keydown', (e) => {
    const settings = getSettings();
    if (e.key === instantKey(settings.modifier)) {
      // Pressing the modifier over a still pointer scans there and shows at once (Yomitan's behaviour);
      // not while typing (capitals), nor Shift over the reading caret's popup.
      if (pointer && !e.repeat && !isTyping(e.target) && !(caret && settings.modifier === 'none')) {
        pointer = { ...pointer, shiftKey: e.shiftKey, altKey: e.altKey, ctrlKey: e.ctrlKey, timeStamp: e.timeStamp };
        current = null;
        requestScan();
      }
      if (settings.modifier !== 'none') return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    if (e.key === 'Escape') {
      if (popup.visible) close();
      else if (caret) setCaret(false);
      else return;
    } else if ((e.key === 'p' || e.key === 'P') && popup.visible) {
      popup.setPinned(!popup.pinned);
    } else if (e.key === 'c' || e.key === 'C' || e.key === 'F7') {
      setCaret(!caret);
    } else if (caret && /^Arrow(Left|Right|Up|Down)$/.test(e.key)) {
      const step = e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 1;
      caret = moveCaret(caret, step, e.key === 'ArrowUp' || e.key === 'ArrowDown', roots, settings.direction);
      popup.setPinned(false);
      showCaret();
    } else {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
  });
}

