// A corpus of small hostile files, generated (nothing big is committed): each hung Glosa, blew up its memory, or
// switched a limit off before issue #14. Used by the unit tests (`glosa read` on each), the e2e test (the
// renderer on each) and `npm run hostile` (time and memory per file).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface HostileFile {
  name: string;
  /** What it does to a reader that is not careful. */
  why: string;
  /** File content; absent for special files. */
  bytes?: Uint8Array;
  /** A special file instead of bytes (POSIX only). */
  special?: 'fifo' | 'dev-zero' | 'dev-urandom';
  /** What a careful reader does with it: show the page, show it cut off with the notice, or refuse it. */
  expect: 'page' | 'truncated' | 'refused';
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const page = (body: string): string => `<!doctype html><html><head><title>Hostile</title></head><body><p>Before the trap.</p>${body}<p>After.</p></body></html>`;

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A valid 1×1 PNG padded to about `size` bytes with a text chunk: decodable, so a test can see it shown. */
export function paddedPng(size: number): Uint8Array {
  const ihdr = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]); // 1×1, 8-bit greyscale
  const idat = new Uint8Array([0x78, 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]); // zlib of [0, 0]
  const text = new Uint8Array(Math.max(0, size - 80)).fill(0x61);
  text[7] = 0; // keyword "aaaaaaa", then the text
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('tEXt', text), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function mhtmlWithImage(references: number): Uint8Array {
  const image = Buffer.from(paddedPng(100 * 1024)).toString('base64').replace(/.{76}/g, '$&\r\n');
  const imgs = Array.from({ length: references }, (_, i) => (i % 2 ? '<img src="cid:pic@x">' : '<img src="http://example.com/pic.png">')).join('\n');
  const html = `<html><body><h1>Images</h1><p>${'Words in the article. '.repeat(40)}</p>${imgs}</body></html>`;
  return utf8([
    'From: <Saved by Blink>', 'MIME-Version: 1.0', 'Content-Type: multipart/related; type="text/html"; boundary="B"', '',
    '--B', 'Content-Type: text/html; charset=utf-8', 'Content-Location: http://example.com/', '', html, '',
    '--B', 'Content-Type: image/png', 'Content-Transfer-Encoding: base64', 'Content-Location: http://example.com/pic.png', 'Content-ID: <pic@x>', '', image, '',
    '--B--', '',
  ].join('\r\n'));
}

const NESTED = 100_000;
const QUOTE_PREFIX = `<div a='>' b="<title>">`;

export function hostileFiles(): HostileFile[] {
  const deep = (open: string): string => open.repeat(NESTED) + 'deep text';
  return [
    // Format detection (exponential regular expressions).
    { name: 'crlf-header-lines.html', why: 'a:b CRLF lines before the page: startsLikeMhtml backtracked', bytes: utf8('a:b\r\n'.repeat(40) + page('')), expect: 'page' },
    { name: 'curl-i.html', why: '`curl -i` output: HTTP headers in CRLF before the page', bytes: utf8('HTTP/1.1 200 OK\r\n' + Array.from({ length: 40 }, (_, i) => `X-Header-${i}: value ${i}\r\n`).join('') + '\r\n' + page('<p>Zażółć gęślą jaźń.</p>')), expect: 'page' },
    { name: 'empty-comments', why: 'many <!----> before text, no extension: startsLikeHtml backtracked', bytes: utf8('<!---->'.repeat(40) + 'x'), expect: 'page' },
    { name: 'folded-header-lines.htm', why: 'header-like lines with folded continuations, CRLF', bytes: utf8('a:b\r\n \r\n'.repeat(40) + 'c'), expect: 'page' },
    // Special files.
    { name: 'fifo.html', why: 'a FIFO with no writer: the open and the read hung', special: 'fifo', expect: 'refused' },
    { name: 'zero.html', why: 'a symlink to /dev/zero: size 0, read without end', special: 'dev-zero', expect: 'refused' },
    { name: 'urandom', why: 'a symlink to /dev/urandom', special: 'dev-urandom', expect: 'refused' },
    // The markup limits switched off: the scanner must see what the parser sees.
    { name: 'quoted-gt-title.html', why: 'a `>` and `<title>` in quoted attributes, then 100,000 nested divs', bytes: utf8(page(QUOTE_PREFIX + deep('<div>'))), expect: 'truncated' },
    { name: 'svg-title.html', why: '<svg><title> (not raw text in SVG), then 100,000 nested divs', bytes: utf8(page('<svg><title>' + deep('<div>'))), expect: 'truncated' },
    { name: 'svg-style.html', why: '<svg><style> (not raw text in SVG), then 100,000 nested divs', bytes: utf8(page('<svg><style>' + deep('<div>'))), expect: 'truncated' },
    { name: 'select-title.html', why: '<select><title>: the title is ignored there, the markup after it is not', bytes: utf8(page('<select><title></select>' + deep('<div>'))), expect: 'truncated' },
    { name: 'abrupt-comment.html', why: '<!--> ends at once, though no --> follows', bytes: utf8(page('<!-->' + deep('<div>'))), expect: 'truncated' },
    { name: 'bogus-comment-title.html', why: '<! ... <title> ... > is a bogus comment ending at the first >', bytes: utf8(page('<!x <title> >' + deep('<div>'))), expect: 'truncated' },
    { name: 'self-closing-divs.html', why: '<div/> is not self-closing in HTML', bytes: utf8(page(deep('<div/>'))), expect: 'truncated' },
    { name: 'ignored-end-tags.html', why: '</i> with no <i> open is ignored, not a close of the div', bytes: utf8(page(deep('<div></i>'))), expect: 'truncated' },
    { name: 'form-end.html', why: '</form> removes the form alone; the div inside stays open', bytes: utf8(page(deep('<form><div></form>'))), expect: 'truncated' },
    { name: 'ruby-text.html', why: '<rt> without <ruby> nests', bytes: utf8(page(deep('<rt>'))), expect: 'truncated' },
    { name: 'list-in-section.html', why: '<li> does not close an <li> across a <section>', bytes: utf8(page(deep('<li><section>'))), expect: 'truncated' },
    { name: 'reopened-formatting.html', why: 'formatting elements closed by </div> are reopened, each time more', bytes: utf8(page(Array.from({ length: 3000 }, (_, i) => `<div><b id=${i}></div>`).join(''))), expect: 'truncated' },
    { name: 'million-b.html', why: 'a million flat <b> after the quoted prefix: counted as 2', bytes: utf8(page(QUOTE_PREFIX + '<b>x</b>'.repeat(1_000_000))), expect: 'refused' },
    // Element budget (a wide, shallow tree: each <button> closes the last, so tens of thousands of elements cost
    // jsdom's Readability and DOMPurify minutes).
    { name: 'p-button.html', why: '<p><button> 20,000 times: a shallow tree of 40,000 elements', bytes: utf8(page('<p><button>x'.repeat(20_000))), expect: 'truncated' },
    { name: 'unclosed-title.html', why: 'a <title> with no end tag: the rest is its text', bytes: utf8('<html><body><p>Words.</p><title>' + '<div>'.repeat(NESTED)), expect: 'page' },
    // Multiplied MHTML images.
    { name: 'image-refs.mhtml', why: 'one 100 KB image referred to 400 times: a data: URL copy each', bytes: mhtmlWithImage(400), expect: 'page' },
    // Quadratic <style> stripping in the CLI.
    { name: 'unclosed-styles.html', why: '100,000 <style> with no end tag: each scanned to the end of the file', bytes: utf8(page('<style>a'.repeat(100_000))), expect: 'page' },
    { name: 'style-no-gt.html', why: '<style without > many times', bytes: utf8(page('<p><style '.repeat(100_000))), expect: 'page' },
  ];
}

/** Write the corpus into a fresh temporary folder; returns the folder and the files' paths by name. */
export function writeHostileCorpus(dir = mkdtempSync(join(tmpdir(), 'glosa-hostile-'))): { dir: string; files: (HostileFile & { path: string })[] } {
  mkdirSync(dir, { recursive: true });
  const files = hostileFiles().flatMap((f) => {
    const path = join(dir, f.name);
    if (f.bytes) writeFileSync(path, f.bytes);
    else if (process.platform === 'win32') return [];
    else if (f.special === 'fifo') execFileSync('mkfifo', [path]);
    else symlinkSync(f.special === 'dev-zero' ? '/dev/zero' : '/dev/urandom', path);
    return [{ ...f, path }];
  });
  return { dir, files };
}

export interface ReadRun {
  ms: number;
  /** Peak resident set size in MB (Linux /proc; NaN elsewhere). */
  rssMb: number;
  code: number | null;
  /** Killed by the watchdog (time or memory). */
  killed: boolean;
  stdout: string;
  stderr: string;
}

/** Peak resident set size of a live process in MB (Linux), or NaN. */
function peakRssMb(pid: number): number {
  try {
    const m = /VmHWM:\s*(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Run `node ARGS` in cwd with a watchdog on time and on memory (a runaway read must not take the machine). */
export function runNode(args: string[], cwd: string, limits: { timeoutMs: number; maxRssMb: number }): Promise<ReadRun> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let rssMb = 0;
    let killed = false;
    const kill = (): void => {
      killed = true;
      child.kill('SIGKILL');
    };
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const poll = setInterval(() => {
      const now = peakRssMb(child.pid!);
      if (now > rssMb) rssMb = now;
      if (rssMb > limits.maxRssMb && !killed) kill();
    }, 20);
    const watchdog = setTimeout(kill, limits.timeoutMs);
    child.on('exit', (code) => {
      clearInterval(poll);
      clearTimeout(watchdog);
      done({ ms: performance.now() - started, rssMb, code, killed, stdout, stderr });
    });
  });
}
