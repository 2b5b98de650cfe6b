import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY, mimeType, registerDocumentResources, releaseDocumentResources, resolveAppUrl, serveAppUrl, type ProtocolRoots,
} from '../../../src/main/app-protocol';
import { readConfinedFile } from '../../../src/node/confined-file';
import { effectiveSources, parseCsp, type ParsedPolicy } from '../../harness/csp';
import { REPO } from '../../harness/paths';

const roots: ProtocolRoots = { renderer: '/app/out/renderer', documents: new Map([['abc', '/home/u/page_files']]) };

describe('app:// resolution', () => {
  it('serves the renderer and index.html by default', () => {
    expect(resolveAppUrl('app://renderer/index.html', roots)?.path).toBe(join('/app/out/renderer', 'index.html'));
    expect(resolveAppUrl('app://renderer/', roots)?.path).toBe(join('/app/out/renderer', 'index.html'));
    expect(resolveAppUrl('app://renderer/assets/main-1.js', roots)?.path).toBe('/app/out/renderer/assets/main-1.js');
  });

  it('serves a registered document folder, decoding escapes', () => {
    expect(resolveAppUrl('app://doc/abc/photo%20one.jpg', roots)?.path).toBe('/home/u/page_files/photo one.jpg');
  });

  it('never leaves its root, however the path is spelled', () => {
    for (const url of [
      'app://renderer/../../etc/passwd', 'app://renderer/%2e%2e/%2e%2e/etc/passwd', 'app://doc/abc/..%2f..%2fsecret',
      'app://doc/abc/%2e%2e/x', 'app://renderer/..%5c..%5cwin.ini', 'app://renderer/%2fetc%2fpasswd',
    ]) {
      const path = resolveAppUrl(url, roots)?.path ?? null;
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

  it('serves only the canonical origins: no credentials, no port', () => {
    expect(resolveAppUrl('app://user@renderer/index.html', roots)).toBeNull();
    expect(resolveAppUrl('app://user:pw@doc/abc/a.png', roots)).toBeNull();
    expect(resolveAppUrl('app://renderer:8080/index.html', roots)).toBeNull();
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

// The handler main gives protocol.handle, on real files: what a hostile "_files" folder can hold.
describe('the app:// handler on a hostile resource folder', () => {
  let dir: string;
  let outside: string;
  let files: string;
  let rendererDir: string;
  const serve = (url: string, maxBytes?: number) => serveAppUrl(url, { renderer: rendererDir, documents: new Map([['doc1', files]]) }, maxBytes);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'glosa-protocol-'));
    rendererDir = join(dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
    outside = join(dir, 'secret.txt');
    writeFileSync(outside, 'secret');
    files = join(dir, 'page_files');
    mkdirSync(files);
    writeFileSync(join(files, 'photo.png'), 'png bytes');
    writeFileSync(join(files, 'big.png'), Buffer.alloc(2048));
    writeFileSync(join(files, 'inline.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    writeFileSync(join(files, 'page.html'), '<script>alert(1)</script>');
    mkdirSync(join(files, 'sub'));
    writeFileSync(join(files, 'sub', 'deep.png'), 'deep');
    symlinkSync(outside, join(files, 'link.png'));
    symlinkSync('/', join(files, 'root'));
    symlinkSync('sub/deep.png', join(files, 'inner-link.png'));
    symlinkSync('/dev/zero', join(files, 'zero.png'));
    execFileSync('mkfifo', [join(files, 'fifo.png')]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves a regular file of the folder, and a link that stays inside it', async () => {
    const response = await serve('app://doc/doc1/photo.png');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('png bytes');
    expect(await (await serve('app://doc/doc1/inner-link.png')).text()).toBe('deep');
  });

  it('refuses a link out of the folder and a `root -> /` link', async () => {
    expect((await serve('app://doc/doc1/link.png')).status).toBe(404);
    expect((await serve('app://doc/doc1/root/etc/hostname')).status).toBe(404);
    expect((await serve('app://doc/doc1/root/etc/passwd')).status).toBe(404);
  });

  it('refuses a resource folder that is itself a link', async () => {
    const linked = join(dir, 'linked_files');
    symlinkSync(files, linked);
    const response = await serveAppUrl('app://doc/d/photo.png', { renderer: rendererDir, documents: new Map([['d', linked]]) });
    expect(response.status).toBe(404);
  });

  it('refuses a FIFO without waiting for a writer, and a device', async () => {
    expect((await serve('app://doc/doc1/fifo.png')).status).toBe(404);
    expect((await serve('app://doc/doc1/zero.png')).status).toBe(404);
    // A device inside the root itself (no link involved): refused as not a regular file.
    expect(await readConfinedFile('/dev', 'zero', 1024)).toEqual({ ok: false, reason: 'not-regular' });
    expect(await readConfinedFile(files, 'fifo.png', 1024)).toEqual({ ok: false, reason: 'not-regular' });
  });

  it('refuses a file over the cap', async () => {
    expect((await serve('app://doc/doc1/big.png', 2047)).status).toBe(404);
    expect((await serve('app://doc/doc1/big.png', 2048)).status).toBe(200);
    expect(await readConfinedFile(files, 'big.png', 100)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses a document id that was never registered, or was replaced', async () => {
    expect((await serve('app://doc/other/photo.png')).status).toBe(404);
    const roots: ProtocolRoots = { renderer: rendererDir, documents: new Map() };
    const first = registerDocumentResources(roots, 'first', files);
    expect((await serveAppUrl(`${first}photo.png`, roots)).status).toBe(200);
    const second = registerDocumentResources(roots, 'second', join(files, 'sub'));
    expect((await serveAppUrl(`${first}photo.png`, roots)).status).toBe(404);
    expect((await serveAppUrl(`${second}deep.png`, roots)).status).toBe(200);
    releaseDocumentResources(roots);
    expect((await serveAppUrl(`${second}deep.png`, roots)).status).toBe(404);
  });

  it('puts the sandboxing policy on document resources and serves only images as their type', async () => {
    const svg = await serve('app://doc/doc1/inline.svg');
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    const policy = parseCsp(svg.headers.get('content-security-policy') ?? '');
    expect(policy.has('sandbox')).toBe(true);
    expect(policy.get('sandbox')).toEqual([]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(svg.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await serve('app://doc/doc1/page.html')).headers.get('content-type')).toBe('application/octet-stream');
  });

  it('sends the renderer policy on every renderer response, and nothing for another origin spelling', async () => {
    const page = await serve('app://renderer/index.html');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await serve('app://user@renderer/index.html')).status).toBe(404);
  });
});

// The exact header main sends (from serveAppUrl, the function main hands protocol.handle), parsed.
describe('the renderer Content-Security-Policy as sent', () => {
  let policy: ParsedPolicy;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glosa-csp-'));
    writeFileSync(join(dir, 'index.html'), '');
    const response = await serveAppUrl('app://renderer/', { renderer: dir, documents: new Map() });
    rmSync(dir, { recursive: true, force: true });
    policy = parseCsp(response.headers.get('content-security-policy') ?? '');
  });

  it('denies by default and has no duplicated or unknown-spelled directive', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY.split(';').length).toBe(policy.size);
  });

  it('runs only the app’s own scripts: no inline, no eval, no data:, no wildcard', () => {
    const scripts = effectiveSources(policy, 'script-src')!;
    expect(scripts).toEqual(["'self'"]);
    for (const finer of ['script-src-elem', 'script-src-attr', 'style-src-elem', 'style-src-attr']) expect(policy.has(finer)).toBe(false);
    expect(effectiveSources(policy, 'style-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'none'"]);
  });

  it('reaches no network: connect, fonts and media stay in the app; images only from the app, data: and blob:', () => {
    expect(effectiveSources(policy, 'connect-src')).toEqual(["'self'"]);
    expect(effectiveSources(policy, 'font-src')).toEqual(["'self'"]);
    expect(effectiveSources(policy, 'media-src')).toEqual(["'none'"]);
    // blob: URLs are made by the renderer itself, one per MHTML image part; images only, never scripts or frames.
    const images = effectiveSources(policy, 'img-src')!;
    for (const source of images) expect(["'self'", 'app:', 'data:', 'blob:']).toContain(source);
    for (const directive of policy.keys()) {
      for (const source of policy.get(directive)!) {
        expect(source, `${directive} ${source}`).not.toMatch(/^(?:\*|https?:|wss?:|'unsafe-|'strict-dynamic')/);
        if (directive !== 'img-src') expect(source, `${directive} ${source}`).not.toBe('blob:');
      }
    }
  });

  it('is the policy the page itself declares, but for what a <meta> policy cannot carry', () => {
    const html = readFileSync(join(REPO, 'src/renderer/index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)?.[1];
    expect(meta).toBeTruthy();
    const fromHeader = new Map(policy);
    fromHeader.delete('frame-ancestors'); // ignored in <meta> (CSP3 §3.3)
    expect(parseCsp(meta!)).toEqual(fromHeader);
  });

  it('blocks plugins, frames, base and form targets', () => {
    for (const directive of ['object-src', 'frame-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(policy.get(directive), directive).toEqual(["'none'"]);
    }
  });
});

describe('the CSP parser the policy tests use', () => {
  it('keeps the first of a repeated directive, lower-cases names and splits on ASCII whitespace', () => {
    const policy = parseCsp("Script-Src 'self';script-src 'unsafe-inline' ; ;img-src\t'self'  data: ;bad@name x");
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.size).toBe(2);
    expect(effectiveSources(parseCsp("default-src 'none'"), 'connect-src')).toEqual(["'none'"]);
  });
});
