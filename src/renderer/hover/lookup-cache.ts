// Lookups per (text, lang), kept in the renderer so a word hovered again is answered without the bridge.
// Finished results are also kept as plain values, so a warm hover renders in the same frame as the pointer event.
import type { Lang, LookupResult } from '../../shared/types';
import { glosa } from '../bridge';

const LIMIT = 2000;
const pending = new Map<string, Promise<LookupResult>>();
const done = new Map<string, LookupResult>();

const keyOf = (text: string, lang: Lang | 'auto') => `${lang}\u0000${text}`;

/** The result if it is already known, without waiting. */
export function cachedLookup(text: string, lang: Lang | 'auto'): LookupResult | undefined {
  const key = keyOf(text, lang);
  const hit = done.get(key);
  if (hit) {
    // Most recently used last, so the oldest is dropped first.
    done.delete(key);
    done.set(key, hit);
  }
  return hit;
}

export function lookup(text: string, lang: Lang | 'auto'): Promise<LookupResult> {
  const hit = cachedLookup(text, lang);
  if (hit) return Promise.resolve(hit);
  const key = keyOf(text, lang);
  let p = pending.get(key);
  if (!p) {
    p = glosa.lookup({ text, lang }).then(
      (result) => {
        pending.delete(key);
        done.set(key, result);
        if (done.size > LIMIT) done.delete(done.keys().next().value!);
        return result;
      },
      (error: unknown) => {
        pending.delete(key);
        throw error;
      },
    );
    pending.set(key, p);
  }
  return p;
}
