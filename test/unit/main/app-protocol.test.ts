import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, mimeType, resolveAppUrl, type ProtocolRoots } from '../../../src/main/app-protocol';

const roots: ProtocolRoots = { renderer: '/app/out/renderer', documents: new Map([['abc', '/home/u/page_files']]) };

describe('app:// resolution', () => {
  it('serves the renderer and index.html by default', () => {
    expect(resolveAppUrl('app://renderer/index.html', roots)).toBe(join('/app/out/renderer', 'index.html'));
    expect(resolveAppUrl('app://renderer/', roots)).toBe(join('/app/out/renderer', 'index.html'));
    expect(resolveAppUrl('app://renderer/assets/main-1.js', roots)).toBe('/app/out/renderer/assets/main-1.js');
  });

  it('serves a registered document folder, decoding escapes', () => {
    expect(resolveAppUrl('app://doc/abc/photo%20one.jpg', roots)).toBe('/home/u/page_files/photo one.jpg');
  });

  it('never leaves its root, however the path is spelled', () => {
    for (const url of [
      'app://renderer/../../etc/passwd', 'app://renderer/%2e%2e/%2e%2e/etc/passwd', 'app://doc/abc/..%2f..%2fsecret',
      'app://doc/abc/%2e%2e/x', 'app://renderer/..%5c..%5cwin.ini', 'app://renderer/%2fetc%2fpasswd',
    ]) {
      const path = resolveAppUrl(url, roots);
      const root = url.startsWith('app://doc') ? '/home/u/page_files/' : '/app/out/renderer/';
      expect(path === null || path.startsWith(root), `${url} → ${path}`).toBe(true);
    }
    expect(resolveAppUrl('app://doc/abc/..%2f..%2fsecret', roots)).toBeNull();
    expect(resolveAppUrl('app://renderer/%00', roots)).toBeNull();
    expect(resolveAppUrl('app://doc/abc/%E0%A4%A', roots)).toBeNull();
  });

  it('refuses unknown hosts, unregistered documents and other schemes', () => {
    expect(resolveAppUrl('app://other/index.html', roots)).toBeNull();
    expect(resolveAppUrl('app://doc/zzz/a.png', roots)).toBeNull();
    expect(resolveAppUrl('app://doc/abc/', roots)).toBeNull();
    expect(resolveAppUrl('file:///etc/passwd', roots)).toBeNull();
    expect(resolveAppUrl('not a url', roots)).toBeNull();
  });

  it('types files by extension and serves unknown ones as inert bytes', () => {
    expect(mimeType('a/b.JS')).toMatch(/^text\/javascript/);
    expect(mimeType('x.png')).toBe('image/png');
    expect(mimeType('x.html.exe')).toBe('application/octet-stream');
  });

  it('has a CSP without inline or eval and with object-src none', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/object-src 'none'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
  });
});
