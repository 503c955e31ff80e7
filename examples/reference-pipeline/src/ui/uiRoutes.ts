import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { QueryRoute } from '@ht/graphql';
import { acceptedEncodings } from './contentEncoding.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** What the UI asks of the process that serves it: where to send traces (the empty state names them). */
export interface UiRuntimeConfig {
  /** Receiver name → the URL a client is configured with (port offset included). */
  readonly receivers: Readonly<Record<string, string>>;
}

/**
 * Options of {@link uiRoutes}.
 *
 * @example
 * ```ts
 * const options: UiRoutesOptions = { distDir: (await findUiDist()) ?? '', runtimeConfig: () => ({ receivers: {} }) };
 * ```
 */
export interface UiRoutesOptions {
  /** The built UI (`index.html`, `assets/`). */
  readonly distDir: string;
  /** Served at `/ui-config.json`. */
  readonly runtimeConfig: () => UiRuntimeConfig;
}

async function fileSize(file: string): Promise<number | undefined> {
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() ? info.size : undefined;
}

/**
 * Sends a built file, or its precompressed copy (`.br`, `.gz`, written by the UI's build) when the
 * request accepts that encoding.
 */
async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, cache: string): Promise<boolean> {
  const size = await fileSize(file);
  if (size === undefined) return false;
  let sent = { path: file, size, encoding: undefined as string | undefined };
  for (const { encoding, suffix } of acceptedEncodings(req.headers['accept-encoding'])) {
    const compressed = await fileSize(file + suffix);
    if (compressed !== undefined) {
      sent = { path: file + suffix, size: compressed, encoding };
      break;
    }
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': sent.size,
    'cache-control': cache,
    'x-content-type-options': 'nosniff',
    // Caches keep the copies per encoding.
    vary: 'accept-encoding',
    ...(sent.encoding ? { 'content-encoding': sent.encoding } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    createReadStream(sent.path).on('error', reject).on('end', resolve).pipe(res);
  });
  return true;
}

/**
 * The routes that serve the built web UI on the query server's port (no second server): `/ui-config.json`,
 * the files of `distDir` (hashed `assets/` cached for a year, `index.html` never), and `index.html` for
 * every other path but a missing file under `assets/` or of a type the UI is built of (`.js`, `.css`,
 * `.png`, …), so the UI's own routes (`/services/cart`, `/backends/api.mailer.example:443`) reload. Paths
 * under `/graphql` and `/api/` are left to the other routes. Both are public: they carry no data, the
 * UI's GraphQL requests are scoped to a tenant as usual. A file with a precompressed copy beside it
 * (`.br`, `.gz`: the UI's build writes them) is sent as the copy the request's `Accept-Encoding` takes,
 * Brotli first.
 *
 * @example
 * ```ts
 * const routes = uiRoutes({ distDir: '/srv/ht-ui', runtimeConfig: () => ({ receivers: { 'OTLP HTTP': 'http://127.0.0.1:4318/v1/traces' } }) });
 * ```
 */
export function uiRoutes(options: UiRoutesOptions): QueryRoute[] {
  const root = resolve(options.distDir); // no trailing separator, whatever the caller gave
  const index = join(root, 'index.html');
  return [
    {
      method: 'GET',
      path: '/ui-config.json',
      public: true,
      handle: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
        res.end(JSON.stringify(options.runtimeConfig()));
      },
    },
    {
      method: 'GET',
      path: /^\/(?!graphql(?:\/|$)|api\/)/,
      public: true,
      handle: async (req, res, { url }) => {
        let path: string;
        try {
          path = decodeURIComponent(url.pathname);
        } catch {
          path = '/';
        }
        const file = normalize(join(root, path));
        const inside = file === root || file.startsWith(root + sep);
        if (
          inside &&
          path !== '/' &&
          (await sendFile(
            req,
            res,
            file,
            path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          ))
        ) {
          return;
        }
        // A missing file of a type the UI is built of is a 404; any other path is one of the UI's own
        // (a backend's name has dots: /backends/api.mailer.example:443), served index.html.
        if (path.startsWith('/assets/') || Object.hasOwn(CONTENT_TYPES, extname(path))) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
          res.end(`no file ${path}`);
          return;
        }
        if (!(await sendFile(req, res, index, 'no-cache'))) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('the UI is not built: run `pnpm --filter @ht/ui build` (npm run demo builds it)');
        }
      },
    },
  ];
}
