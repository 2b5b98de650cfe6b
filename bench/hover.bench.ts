// Hover-to-popup latency in real Chromium on the built renderer: at least 500 hovers over the words of
// the seed article, each timed inside the page from the pointer event's timeStamp to the end of the frame
// that shows the popup (the probes build's src/renderer/dev/probes.ts records it when window.__glosaHoverBench is set;
// the bench builds that renderer into out/probes first, the app's own build has no probes).
// The rest time (Settings.hoverDelayMs, 50 ms by default) is set to 0 for these: it is a deliberate wait,
// not work. A word's first lookup crosses the bridge (cold); later ones come from the renderer's cache (warm).
// hover_next_frame_share: the share of those hovers painted in the first frame that begins after the pointer
// event (the painting frame's vsync time is less than one refresh interval after the event's timeStamp).
// Then, with the DEFAULT settings, GLOSA_REST_HOVERS (120) short sweeps: the pointer lands on a word and,
// a few ms later, on the next word of its line, and rests there; hover_rest_to_popup_p95_ms is timed from
// that last pointer event to the end of the frame that paints the popup (rest_sweep_popups counts popups
// opened for the first word of a sweep, which intent should never do).
// GLOSA_HOVER_TRACE=1 also records a Chromium trace of 150 hovers (and the ~50 floor moves among them) and prints what
// the pointer handler and the frame that paints each one cost in Chromium's own terms (style, layout,
// pre-paint, paint, layerize, commit); times under tracing are inflated, compare hover with floor.
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../src/shared/settings';
import { buildWithProbes, openRenderer } from '../test/harness/renderer';
import { median, percentile, round } from './stats';

const TARGET_HOVERS = Number(process.env.GLOSA_HOVERS ?? 600);
const PASSES = 2; // the first pass over a word is mostly cold (without prefetch), the second warm
// GLOSA_PREFETCH=0 leaves out the idle-time lookups of the words in view (src/renderer/hover/prefetch.ts).
const PREFETCH = process.env.GLOSA_PREFETCH !== '0';
// GLOSA_HOVER_RAW=0 scans on pointermove (dispatched inside the next frame) instead of pointerrawupdate.
const RAW = process.env.GLOSA_HOVER_RAW !== '0';
const TRACE = process.env.GLOSA_HOVER_TRACE === '1';
const REST_HOVERS = Number(process.env.GLOSA_REST_HOVERS ?? 120);
/** One word in this many is first visited by a floor move (see below). */
const FLOOR_EVERY = 3;

interface Sample { ms: number; workMs: number; cold: boolean; text: string; inputMs: number; scanMs: number; lookupMs: number; showMs: number; frameMs: number; waitMs: number; renderMs: number; beginMs: number }
// What the page holds (types only: the renderer's own declarations are not compiled into the bench).
type BenchWindow = { glosa: { setSettings(patch: object): Promise<unknown>; getSettings(): Promise<unknown>; lookup(q: object): Promise<unknown> }; __glosaHoverSamples: Sample[] };

/**
 * `reported` resolves when the page reports its next hover sample (true), or after 5 s without one (false):
 * an event, not polling, which would load the page's thread. This returns once the listener is set, with the sample count before it.
 */
async function nextSampleReported(page: Page): Promise<{ before: number; reported: Promise<boolean> }> {
  const before = await page.evaluate(() => (window as unknown as BenchWindow).__glosaHoverSamples.length);
  const reported = page.evaluate((n) => new Promise<boolean>((resolve) => {
    if ((window as unknown as BenchWindow).__glosaHoverSamples.length > n) return resolve(true);
    const timer = setTimeout(() => resolve(false), 5_000);
    addEventListener('glosa-hover-sample', () => { clearTimeout(timer); resolve(true); }, { once: true });
  }), before);
  return { before, reported }; // wrapped: an async function would otherwise wait for it
}

// GLOSA_PROBES_DIR: an already built probes output (electron-vite build --mode probes --outDir DIR), e.g. of
// another commit, so that two builds can be benched in turn in the same minutes (paired before/after runs).
const prebuilt = process.env.GLOSA_PROBES_DIR;
if (!prebuilt) process.stderr.write('hover bench: building the renderer with its probes (electron-vite build --mode probes)…\n');
const rendererDir = prebuilt ? join(prebuilt, 'renderer') : buildWithProbes();

// Every page of this run gets the bench flag before any of its scripts run. The __name shim: tsx compiles
// with esbuild's keepNames, so functions handed to page.addInitScript/evaluate may call a helper the page lacks.
const launch = chromium.launchPersistentContext.bind(chromium);
chromium.launchPersistentContext = (async (...args: Parameters<typeof launch>) => {
  const context = await launch(...args);
  await context.addInitScript(`globalThis.__name = globalThis.__name || ((f) => f); window.__glosaHoverBench = true; window.__glosaHoverPrefetch = ${PREFETCH}; window.__glosaHoverRaw = ${RAW};`);
  return context;
}) as typeof chromium.launchPersistentContext;

const session = await openRenderer({ viewport: { width: 1280, height: 860 }, rendererDir });
const { page } = session;

/**
 * One hover as a reader's pointer makes it: Esc closes the previous popup (it could cover this word), the page
 * draws that frame, and the move then comes at a point spread evenly over the next frame interval (hover i waits
 * (i × 7.3) mod 16.7 ms), as real pointer input does, which is not in step with the screen's refresh. Pressing
 * Esc and moving at once instead would put a third of the moves just after the frame the Esc itself caused.
 * The floor below goes through the same steps.
 */
async function moveAfterSettledFrame(i: number, x: number, y: number): Promise<void> {
  await page.keyboard.press('Escape');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await new Promise((resolve) => setTimeout(resolve, (i * 7.3) % 16.7));
  await page.mouse.move(x, y);
}
try {
  await page.evaluate(() => (window as unknown as BenchWindow).glosa.setSettings({ hoverDelayMs: 0, modifier: 'none', direction: 'auto' }));
  await page.waitForFunction(() => document.querySelectorAll('#glossary .gloss-pl').length > 0, null, { timeout: 60_000 });
  // The bridge's own fixed cost: in the harness every call is a page.exposeFunction round trip through
  // playwright (in Electron, an IPC round trip); a settings read does no work on the other side, and a
  // repeated lookup of one word is answered from main's parsed-entry cache.
  const bridge = (await page.evaluate(async () => {
    const w = window as unknown as BenchWindow;
    const time = async (f: () => Promise<unknown>) => {
      const out: number[] = [];
      for (let i = 0; i < 60; i++) {
        const t0 = performance.now();
        await f();
        out.push(performance.now() - t0);
      }
      return out.sort((a, b) => a - b);
    };
    return { empty: await time(() => w.glosa.getSettings()), lookup: await time(() => w.glosa.lookup({ text: 'fled', lang: 'en' })) };
  })) as { empty: number[]; lookup: number[] };
  // The refresh interval: the median gap between the begin times of 60 consecutive frames.
  const frameInterval = (await page.evaluate(() => new Promise<number>((resolve) => {
    const begins: number[] = [];
    const step = (t: number) => {
      begins.push(t);
      if (begins.length < 61) requestAnimationFrame(step);
      else resolve(begins.slice(1).map((b, i) => b - begins[i]!).sort((a, b) => a - b)[30]!);
    };
    requestAnimationFrame(step);
  })));
  const scrollHeight = await page.evaluate(() => document.getElementById('reader')!.scrollHeight);
  const viewHeight = await page.evaluate(() => document.getElementById('reader')!.clientHeight);

  /** Centres of the words of the article that are fully in view with the reader scrolled to `top`. */
  const wordsInView = async (top: number) => (await page.evaluate(`(() => {
        const reader = document.getElementById('reader');
        reader.scrollTop = ${top};
        const view = reader.getBoundingClientRect();
        const out = [];
        const walker = document.createTreeWalker(document.getElementById('article'), NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          for (const m of n.data.matchAll(/\\p{L}{2,}/gu)) {
            const range = document.createRange();
            range.setStart(n, m.index);
            range.setEnd(n, m.index + m[0].length);
            const r = range.getBoundingClientRect();
            if (r.top < view.top + 4 || r.bottom > view.bottom - 4 || r.width === 0) continue;
            out.push({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
          }
        }
        return out;
      })()`)) as Array<{ x: number; y: number }>;

  // The floor of this measurement: the same pointer event → end-of-frame timing for a change that costs nothing
  // (a 4 px square changes colour), on the same event the scanner listens to, taken in between the hovers
  // (every FLOOR_EVERY-th word is first visited by a floor move), so both see the same load, the same prefetch
  // traffic and the same page. A floor move is stopped at the window before the scanner sees it. It measures the
  // browser's own input → frame pipeline: the wait for the next frame (0–16.7 ms at 60 Hz) plus the frame's
  // style/paint/commit, on this machine under its current load.
  await page.evaluate(`(() => {
    const dot = document.createElement('div');
    dot.style.cssText = 'position:fixed;left:0;top:0;width:4px;height:4px;background:red';
    document.body.append(dot);
    window.__floor = [];
    window.__floorBegin = [];
    window.__floorArmed = false;
    let n = 0;
    addEventListener(${JSON.stringify(RAW ? 'pointerrawupdate' : 'pointermove')}, (e) => {
      if (!window.__floorArmed) return;
      window.__floorArmed = false;
      e.stopImmediatePropagation();
      const t0 = e.timeStamp;
      dot.style.background = n++ % 2 ? 'red' : 'blue';
      requestAnimationFrame((begin) => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          const end = performance.now();
          performance.measure('glosa-floor', { start: t0, end });
          window.__floor.push(end - t0);
          window.__floorBegin.push(begin - t0);
          dispatchEvent(new Event('glosa-floor'));
        };
        ch.port2.postMessage(0);
      });
    }, { capture: true });
  })()`);
  /** One floor move to (x, y), 1 px above the word's middle (the hover that follows then moves the pointer). */
  let floorMoves = 0;
  const floorMove = async (x: number, y: number) => {
    const reported = page.evaluate(() => new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 5_000);
      addEventListener('glosa-floor', () => { clearTimeout(timer); resolve(true); }, { once: true });
    }));
    await page.evaluate('window.__floorArmed = true');
    await moveAfterSettledFrame(floorMoves++, x, y - 1);
    await reported;
    await page.evaluate('window.__floorArmed = false');
  };
  const tracer = tracerFor(page);
  let hoverTrace: TraceEvent[] = [];
  let hovers = 0;
  let misses = 0;
  for (let pass = 0; pass < PASSES || hovers < TARGET_HOVERS; pass++) {
    if (hovers >= TARGET_HOVERS) break;
    if (pass > 6) break;
    for (let top = 0; top < scrollHeight; top += Math.floor(viewHeight * 0.8)) {
      const points = await wordsInView(top);
      for (const p of points) {
        // Traced: hovers 300 to 450 (one pass over the seed is about 770 hovers).
        if (TRACE && hovers === 300 && !tracer.running && !hoverTrace.length) await tracer.start();
        if (tracer.running && hovers === 450) hoverTrace = await tracer.stop();
        if ((hovers + misses) % FLOOR_EVERY === 0) await floorMove(p.x, p.y);
        const { reported } = await nextSampleReported(page);
        await moveAfterSettledFrame(hovers + misses, p.x, p.y);
        if (await reported) hovers++;
        else misses++;
      }
      if (top + viewHeight >= scrollHeight) break;
    }
  }
  if (tracer.running) hoverTrace = await tracer.stop();
  const samples = (await page.evaluate(() => (window as unknown as BenchWindow).__glosaHoverSamples)) as Sample[];

  // Rest to popup, with the default settings: land on word A, a few ms later on the next word B of the same
  // line, and rest on B. Only B's popup should open; it is timed from the move onto B.
  await page.evaluate((d) => (window as unknown as BenchWindow).glosa.setSettings({ hoverDelayMs: d.hoverDelayMs, modifier: d.modifier }), DEFAULT_SETTINGS);
  const restSamples: Sample[] = [];
  let restSweepPopups = 0;
  let restMisses = 0;
  for (let top = 0; restSamples.length + restMisses < REST_HOVERS && top < scrollHeight; top += Math.floor(viewHeight * 0.8)) {
    const points = await wordsInView(top);
    for (let i = 0; i + 1 < points.length && restSamples.length + restMisses < REST_HOVERS; i += 2) {
      const a = points[i]!;
      const b = points[i + 1]!;
      if (Math.abs(a.y - b.y) > 2) continue; // B is not on A's line
      const { before, reported } = await nextSampleReported(page);
      await moveAfterSettledFrame(restSamples.length + restMisses, a.x, a.y);
      await new Promise((resolve) => setTimeout(resolve, 4));
      await page.mouse.move(b.x, b.y);
      if (!(await reported)) {
        restMisses++;
        continue;
      }
      // A popup opened for A first would be followed at once by B's: let it come, then keep the last.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const added = (await page.evaluate((n) => (window as unknown as BenchWindow).__glosaHoverSamples.slice(n), before)) as Sample[];
      restSweepPopups += added.length - 1;
      restSamples.push(added.at(-1)!);
    }
  }
  const rest = restSamples.map((s) => s.ms);

  const floor = (await page.evaluate('window.__floor')) as number[];
  const floorBegin = (await page.evaluate('window.__floorBegin')) as number[];
  const nextFrameShare = (begins: number[]) => begins.filter((b) => b < frameInterval).length / Math.max(1, begins.length);
  const all = samples.map((s) => s.ms);
  const cold = samples.filter((s) => s.cold).map((s) => s.ms);
  const warm = samples.filter((s) => !s.cold).map((s) => s.ms);
  const line = (name: string, v: number[]) =>
    `${name.padEnd(6)} n=${String(v.length).padStart(4)}  p50 ${round(median(v))} ms  p95 ${round(percentile(v, 95))} ms  max ${round(Math.max(...v))} ms`;
  console.log(`prefetch ${PREFETCH ? 'on' : 'off'}; bridge round trip (harness: page.exposeFunction): empty call p50 ${round(median(bridge.empty))} ms, lookup of one cached word p50 ${round(median(bridge.lookup))} ms${PREFETCH ? ' (shared with the prefetch running meanwhile: take it from a GLOSA_PREFETCH=0 run)' : ''}`);
  console.log('hover → popup painted (pointer event timeStamp → end of the frame showing the popup), hoverDelayMs = 0');
  console.log(line('all', all));
  console.log(line('cold', cold));
  console.log(line('warm', warm));
  console.log(line('work', samples.map((s) => s.workMs)) + '  (event → popup visible, before the frame is drawn)');
  console.log(line('work warm', samples.filter((s) => !s.cold).map((s) => s.workMs)));
  // A field an older renderer does not record comes out as NaN.
  const split = (pick: (s: Sample) => number | undefined, sel: Sample[]) => {
    const v = sel.map((s) => pick(s) ?? NaN);
    return `p50 ${round(median(v))} / p95 ${round(percentile(v, 95))}`;
  };
  for (const [name, sel] of [['cold', samples.filter((s) => s.cold)], ['warm', samples.filter((s) => !s.cold)]] as const) {
    console.log(`${name} split (ms): input ${split((s) => s.inputMs, sel)}  scan ${split((s) => s.scanMs, sel)}  lookup ${split((s) => s.lookupMs, sel)}  show ${split((s) => s.showMs, sel)}  frame ${split((s) => s.frameMs, sel)} (wait ${split((s) => s.waitMs, sel)}, render ${split((s) => s.renderMs, sel)})`);
  }
  console.log(line('floor', floor) + '  (same timing for a change that costs nothing: the browser\'s input → frame pipeline)');
  console.log(`hovers ${hovers}, words with no popup ${misses}`);
  console.log(`painted in the first frame that begins after the pointer event (refresh interval ${round(frameInterval)} ms): hover ${round(nextFrameShare(samples.map((s) => s.beginMs)), 3)}, floor ${round(nextFrameShare(floorBegin), 3)}`);
  console.log(line('rest', rest) + `  (default settings, rest time ${DEFAULT_SETTINGS.hoverDelayMs} ms: last pointer move → popup painted; ${restMisses} sweeps with no popup, ${restSweepPopups} popups for a swept-over word)`);
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  if (TRACE) {
    console.log(`Chromium trace (${RAW ? 'pointerrawupdate' : 'pointermove'}): ms per hover, p50 / p95; handler = the pointer event's dispatch (our scan and show), frame = the BeginMainFrame that ends the sample`);
    printBreakdown('hover', hoverTrace, 'glosa-hover');
    printBreakdown('floor', hoverTrace, 'glosa-floor');
  }
  console.log(JSON.stringify({
    hover_p50_ms: round(median(all)), hover_p95_ms: round(percentile(all, 95)),
    hover_cold_p50_ms: round(median(cold)), hover_cold_p95_ms: round(percentile(cold, 95)),
    hover_warm_p50_ms: round(median(warm)), hover_warm_p95_ms: round(percentile(warm, 95)),
    hover_work_p95_ms: round(percentile(samples.map((s) => s.workMs), 95)),
    hover_count: all.length, hover_prefetch: PREFETCH,
    hover_floor_p50_ms: round(median(floor)), hover_floor_p95_ms: round(percentile(floor, 95)),
    hover_next_frame_share: round(nextFrameShare(samples.map((s) => s.beginMs)), 3),
    hover_floor_next_frame_share: round(nextFrameShare(floorBegin), 3),
    hover_rest_to_popup_p50_ms: round(median(rest)), hover_rest_to_popup_p95_ms: round(percentile(rest, 95)),
    hover_rest_sweep_popups: restSweepPopups, hover_load_avg_1m: round(loadavg()[0]!),
    bridge_empty_p50_ms: round(median(bridge.empty)), bridge_lookup_p50_ms: round(median(bridge.lookup)),
  }));
} finally {
  await session.close();
}

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; pid: number; tid: number; id?: string; id2?: { local?: string }; args?: { name?: string; data?: { type?: string } } }

/** Chromium tracing over CDP, started and stopped around parts of the run. */
interface Tracer { running: boolean; start(): Promise<void>; stop(): Promise<TraceEvent[]> }
function tracerFor(page: Page): Tracer {
  let cdp: CDPSession | null = null; // attached on the first start only
  let events: TraceEvent[] = [];
  const tracer: Tracer = {
    running: false,
    async start() {
      if (!cdp) {
        cdp = await page.context().newCDPSession(page);
        cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
      }
      events = [];
      tracer.running = true;
      await cdp.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'cc'], excludedCategories: ['*'] },
      });
    },
    async stop() {
      if (!cdp) return [];
      const complete = new Promise<void>((resolve) => cdp!.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      tracer.running = false;
      return events;
    },
  };
  return tracer;
}

/** Per sample (a user-timing measure): what its pointer handler and the frame that ends it spent in each phase. */
function printBreakdown(label: string, events: TraceEvent[], measure: string): void {
  const threads = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const main = events.filter((e) => e.ph === 'X' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const begun = new Map<string, number>();
  const intervals: Array<{ start: number; end: number }> = [];
  for (const e of events) {
    if (e.cat !== 'blink.user_timing' || e.name !== measure) continue;
    const id = String(e.id ?? e.id2?.local);
    if (e.ph === 'b') begun.set(id, e.ts);
    else if (e.ph === 'e' && begun.has(id)) intervals.push({ start: begun.get(id)!, end: e.ts });
  }
  const PHASES = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'];
  const inside = (c: TraceEvent, p: TraceEvent | undefined) => !!p && c.ts >= p.ts && c.ts + (c.dur ?? 0) <= p.ts + (p.dur ?? 0);
  const columns = new Map<string, number[]>();
  const add = (k: string, v: number) => columns.set(k, [...(columns.get(k) ?? []), v]);
  for (const iv of intervals) {
    const mine = main.filter((e) => e.ts >= iv.start && e.ts <= iv.end);
    const handler = mine.filter((e) => e.name === 'EventDispatch' && (e.args?.data?.type === 'pointerrawupdate' || e.args?.data?.type === 'pointermove'))
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
    const frame = mine.filter((e) => e.name === 'ProxyMain::BeginMainFrame').at(-1);
    add('total', (iv.end - iv.start) / 1000);
    add('handler', (handler?.dur ?? 0) / 1000);
    add('frame', (frame?.dur ?? 0) / 1000);
    for (const phase of PHASES) {
      // Outermost events only (Paint nests Paint); a pointermove handler runs inside the frame, count it there once.
      const top = mine.filter((e) => e.name === phase && !mine.some((p) => p !== e && p.name === phase && inside(e, p)));
      const inHandler = top.filter((e) => inside(e, handler));
      add(`handler ${phase}`, inHandler.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000);
      add(`frame ${phase}`, top.filter((e) => inside(e, frame) && !inHandler.includes(e)).reduce((a, e) => a + (e.dur ?? 0), 0) / 1000);
    }
  }
  const cells = [...columns].filter(([, v]) => v.some((x) => x > 0))
    .map(([k, v]) => `${k} ${round(median(v), 1)} / ${round(percentile(v, 95), 1)}`);
  console.log(`${label.padEnd(6)} n=${intervals.length}  ${cells.join('  ')}`);
}
