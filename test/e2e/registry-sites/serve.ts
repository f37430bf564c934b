// Serves the imitation registry sites at their real host names to a test browser: an HTTPS server
// on 127.0.0.1 with a throw-away self-signed certificate (made with the openssl command line), and
// an HTTP proxy that tunnels CONNECTs for the three registry hosts to it and refuses everything
// else, so nothing leaves the machine. Start Chromium with the `args` it returns
// (`--proxy-server=…`, and `--ignore-certificate-errors`, acceptable in the test browser only).
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, connect } from 'node:net';
import { selfSignedCertificate } from '../support/tls.ts';
import { type Answers, HOSTS, type ReceivedCall, registryHandler } from './handler.ts';

export { haveOpenssl } from '../support/tls.ts';

export interface RegistrySites {
  /** Chromium flags that route the registry hosts here. */
  args: string[];
  /** API calls the sites received. */
  calls: ReceivedCall[];
  /** Answers a test set for single queries (cleared by the test). */
  answers: Answers;
  /** Requests the proxy refused (anything but the registry hosts). */
  refused: string[];
  close(): Promise<void>;
}

const listen = (server: Server) =>
  new Promise<number>((done) =>
    server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)),
  );

export async function startRegistrySites(): Promise<RegistrySites> {
  const calls: ReceivedCall[] = [];
  const answers: Answers = new Map();
  const refused: string[] = [];
  const https = createHttpsServer(selfSignedCertificate(HOSTS), registryHandler(calls, answers));
  const httpsPort = await listen(https);

  const proxy = createHttpServer((req, res) => {
    refused.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  proxy.on('connect', (req, socket, head) => {
    socket.on('error', () => {});
    const [host, port] = (req.url ?? '').split(':');
    if (!HOSTS.includes(host ?? '') || port !== '443') {
      refused.push(`CONNECT ${req.url}`);
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(httpsPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
  });
  const proxyPort = await listen(proxy);

  const close = (server: Server) =>
    new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    });
  return {
    args: [`--proxy-server=http://127.0.0.1:${proxyPort}`, '--ignore-certificate-errors'],
    calls,
    answers,
    refused,
    close: async () => {
      await close(proxy);
      await close(https);
    },
  };
}
