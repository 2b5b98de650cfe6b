// The bridge the preload puts on window.glosa (or the e2e stand-in does, in Chromium).
import type { GlosaBridge } from '../shared/api';

declare global {
  interface Window {
    glosa: GlosaBridge;
  }
}

export const glosa: GlosaBridge = window.glosa;
