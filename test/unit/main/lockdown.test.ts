import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isTrustedSender } from '../../../src/main/lockdown';
import { paperForCountry } from '../../../src/main/print';

const windowWith = (id: number, destroyed = false) => ({ isDestroyed: () => destroyed, webContents: { id } }) as unknown as BrowserWindow;

describe('lockdown', () => {
  it('lets only the app protocol reach the network layer', () => {
    expect(isAllowedRequest('app://renderer/index.html')).toBe(true);
    expect(isAllowedRequest('app://doc/1/a.png')).toBe(true);
    for (const url of ['https://example.com/a.png', 'http://127.0.0.1/', 'file:///etc/passwd', 'ws://x', 'ftp://x']) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });

  it('trusts IPC only from our renderer in one of our windows', () => {
    const windows = [windowWith(7), windowWith(9, true)];
    expect(isTrustedSender('app://renderer/index.html', 7, windows)).toBe(true);
    expect(isTrustedSender('app://renderer/index.html', 8, windows)).toBe(false);
    expect(isTrustedSender('app://renderer/index.html', 9, windows)).toBe(false);
    expect(isTrustedSender('https://evil.example/', 7, windows)).toBe(false);
    expect(isTrustedSender('app://doc/1/x.html', 7, windows)).toBe(false);
    expect(isTrustedSender(undefined, 7, windows)).toBe(false);
    // Decided by parsing: another spelling of the origin is not the renderer.
    expect(isTrustedSender('app://user@renderer/index.html', 7, windows)).toBe(false);
    expect(isTrustedSender('app://renderer:1/index.html', 7, windows)).toBe(false);
    expect(isTrustedSender('app://renderer.evil/index.html', 7, windows)).toBe(false);
  });

  it('chooses Letter paper for US-style countries and A4 elsewhere', () => {
    expect(paperForCountry('US')).toBe('Letter');
    expect(paperForCountry('ca')).toBe('Letter');
    expect(paperForCountry('PL')).toBe('A4');
    expect(paperForCountry('GB')).toBe('A4');
  });
});
