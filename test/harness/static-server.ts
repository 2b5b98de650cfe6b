// A 127.0.0.1 static server for the built renderer (file:// blocks module scripts), with a /__doc/<id>/ area
// standing in for app://doc/<id>/ resource folders. Every request is answered by serveAppUrl, the very function
// main hands protocol.handle, so the page gets main's exact headers (its Content-Security-Policy included) and
// the same confinement of document folders.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveAppUrl, type ProtocolRoots } from '../../src/main/app-protocol';

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
    const url = (req.url ?? '/').split('?')[0]!;
    // Map http://127.0.0.1/x → app://renderer/x and /__doc/<id>/x → app://doc/<id>/x, then serve as main does.
    const appUrl = url.startsWith('/__doc/') ? `app://doc/${url.slice('/__doc/'.length)}` : `app://renderer${url}`;
    try {
      const response = await serveAppUrl(appUrl, roots);
      res.writeHead(response.status, { ...Object.fromEntries(response.headers), 'Cache-Control': 'no-store' });
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch {
      res.writeHead(500).end();
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
