// Lookups of the words in view, made in idle time (requestIdleCallback), so that the first hover over a
// word is already answered from the renderer's cache instead of waiting for a round trip to main.
// What is asked is exactly what a hover there would ask: the word and its read-ahead run, in the
// scope's language, so the cache key matches.
import type { Direction } from '../../../shared/types';
import { cachedLookup, lookup } from './lookup-cache';
import { hitForWord } from './scanner';
import { isSkipped, scopeOf, SCOPE_SELECTOR, textIndex } from './text-index';

/** Lookups in flight at once: few, so a real hover's lookup never waits behind a long queue. */
const IN_FLIGHT = 2;
/** Stop an idle slice with this much left, so the next frame is never delayed. */
const IDLE_MARGIN_MS = 2;

export function installPrefetch(roots: Element[], getDirection: () => Direction): void {
  const visible = new Set<Element>();
  let done = new WeakSet<Element>();
  let queue: Array<{ text: string; lang: ReturnType<typeof textIndex>['lang']; sentence: string; offset: number }> = [];
  let inFlight = 0;
  let idle = 0;
  let direction = getDirection();

  const observer = new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (e.isIntersecting) visible.add(e.target);
      else visible.delete(e.target);
    }
    schedule();
  });

  function observeAll(): void {
    observer.disconnect();
    visible.clear();
    for (const root of roots) for (const el of root.querySelectorAll(SCOPE_SELECTOR)) observer.observe(el);
  }

  function schedule(): void {
    if (!idle) idle = requestIdleCallback(work, { timeout: 2_000 });
  }

  /** Queue the lookups for the words of one visible element (once per element and direction). */
  function enqueue(el: Element): void {
    done.add(el);
    const root = roots.find((r) => r.contains(el));
    if (!root) return;
    const scopes = new Set<Element>();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n as Text).data.trim() && !isSkipped(n)) scopes.add(scopeOf(n, root));
    }
    for (const scope of scopes) {
      const index = textIndex(scope, root, direction);
      for (let w = 0; w < index.words.length; w++) {
        const { text, lang, sentence, offset } = hitForWord(index, w, root);
        if (!cachedLookup(text, lang, { sentence, offset })) queue.push({ text, lang, sentence, offset });
      }
    }
  }

  function pump(): void {
    while (inFlight < IN_FLIGHT && queue.length) {
      const { text, lang, sentence, offset } = queue.shift()!;
      if (cachedLookup(text, lang, { sentence, offset })) continue;
      inFlight++;
      void lookup(text, lang, { sentence, offset }).catch(() => {}).finally(() => {
        inFlight--;
        if (queue.length) schedule();
      });
    }
  }

  function work(deadline: IdleDeadline): void {
    idle = 0;
    if (getDirection() !== direction) {
      direction = getDirection();
      done = new WeakSet();
      queue = [];
    }
    for (const el of visible) {
      if (deadline.timeRemaining() < IDLE_MARGIN_MS) break;
      if (!done.has(el)) enqueue(el);
    }
    pump();
    if ([...visible].some((el) => !done.has(el)) && !queue.length) schedule();
  }

  // The article and glossary are replaced when a document opens: watch their children.
  let pendingObserve = 0;
  const mutations = new MutationObserver(() => {
    if (!pendingObserve) pendingObserve = requestAnimationFrame(() => {
      pendingObserve = 0;
      // What was queued belongs to content that may be gone: start over (cached words are skipped), so
      // opening documents in quick succession never piles up lookups for pages no longer shown.
      queue = [];
      done = new WeakSet();
      observeAll();
    });
  });
  for (const root of roots) mutations.observe(root, { childList: true, subtree: true });
  observeAll();
}
