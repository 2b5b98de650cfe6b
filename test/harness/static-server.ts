// A 127.0.0.1 static server for the built renderer (file:// blocks module scripts), with the same CSP as
// the app:// protocol and a /__doc/<id>/ area standing in for app://doc/<id>/ resource folders.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY, mimeType, resolveAppUrl, type ProtocolRoots } from '../../src/main/app-protocol';

export interface StaticServer {
  origin: string;
  roots: ProtocolRoots;
  /** Every URL requested, for tripwires. */
  requests: string[];
  close(): Promise<void>;
}

export async function startStaticServer(rendererDir: string): Promise<StaticServer> {
  const roots: ProtocolRoots = { renderer: rendererDir, documents: new Map() };
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    requests.push(req.url ?? '');
    const url = req.url ?? '/';
    // Map http://127.0.0.1/x → app://renderer/x and /__doc/<id>/x → app://doc/<id>/x, then resolve as main does.
    const appUrl = url.startsWith('/__doc/') ? `app://doc/${url.slice('/__doc/'.length)}` : `app://renderer${url}`;
    const path = resolveAppUrl(appUrl.split('?')[0]!, roots);
    if (!path) return void res.writeHead(404).end();
    try {
      const body = await readFile(path);
      res.writeHead(200, {
        'Content-Type': mimeType(path), 'Content-Security-Policy': CONTENT_SECURITY_POLICY.replace(/ app:/, ''),
        'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    roots,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
