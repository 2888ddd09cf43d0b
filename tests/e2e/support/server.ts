/**
 * Serves the fixture pages on 127.0.0.1 only: over HTTPS under a listed news domain (the browsers
 * map that name to this server) and over plain HTTP under 127.0.0.1, an address no content script
 * matches.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FixtureServer {
  httpsPort: number;
  httpPort: number;
  close(): Promise<void>;
}

/** Path of a request -> fixture file name; anything else is a 404. */
export type Routes = Record<string, string>;

/**
 * A throwaway self-signed certificate for `hosts`, made with the openssl binary (node:crypto cannot
 * write X.509). Browsers are told to accept it; it never leaves the temp directory.
 */
function selfSignedCertificate(hosts: readonly string[]): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-e2e-cert-'));
  try {
    const altNames = [...hosts.map((host) => `DNS:${host}`), 'IP:127.0.0.1'].join(',');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${hosts[0]}`, '-addext',
        `subjectAltName=${altNames}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: http.Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Starts both servers on free ports; `fixturesDir` holds the files `routes` name. */
export async function startFixtureServer(fixturesDir: string, routes: Routes, hosts: readonly string[]): Promise<FixtureServer> {
  const handler: http.RequestListener = (request, response) => {
    const file = routes[new URL(request.url ?? '/', 'http://fixture').pathname];
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(readFileSync(join(fixturesDir, file)));
  };
  const secure = https.createServer(selfSignedCertificate(hosts), handler);
  const plain = http.createServer(handler);
  const [httpsPort, httpPort] = await Promise.all([listen(secure, 0), listen(plain, 0)]);
  return {
    httpsPort,
    httpPort,
    close: async () => {
      await Promise.all([closeServer(secure), closeServer(plain)]);
    },
  };
}
