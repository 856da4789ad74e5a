// GET / in development: a GraphiQL page served wholly by this server (many NHS networks reach no CDN),
// with a role picker that mints a token for one of the demo principals. In production there is no
// page and no token endpoint: / and /explorer/* answer 404.
import { dirname, join } from 'node:path';
import express, { Router, type Response } from 'express';
import { signDevToken, type JwtVerifier } from '../auth/jwt';
import type { JwtConfig } from '../config';
import { DEMO_PRINCIPALS } from '../db/demo-principals';
import { explorerClientJs } from './explorer.client';
import { EXPLORER_CSP, EXPLORER_CSS, explorerHtml } from './explorer.page';

export interface ExplorerOptions {
  production: boolean;
  /** The server's own verifier: a minted token is checked with it before it is handed out. */
  verifier: JwtVerifier;
  /** The keys tokens are signed with: the server's JWT configuration. */
  signingSettings: () => JwtConfig;
}

/** The longest life of an explorer token, within JWT_MAX_LIFETIME. */
const TOKEN_SECONDS = 3600;

const packageFile = (name: string, file: string) => join(dirname(require.resolve(`${name}/package.json`)), file);

/** Exactly these installed files, by the name the page asks for. */
function assetFiles(): ReadonlyMap<string, string> {
  return new Map([
    ['graphiql.min.js', packageFile('graphiql', 'graphiql.min.js')],
    ['graphiql.min.css', packageFile('graphiql', 'graphiql.min.css')],
    ['react.production.min.js', packageFile('react', 'umd/react.production.min.js')],
    ['react-dom.production.min.js', packageFile('react-dom', 'umd/react-dom.production.min.js')],
  ]);
}

const notFound = (res: Response) =>
  res.status(404).json({ errors: [{ message: 'Not found: the API is at /graphql', extensions: { code: 'NOT_FOUND' } }] });

/** A token for a demo principal, signed with the server's key and accepted by its verifier. */
async function demoToken(role: unknown, org: unknown, { verifier, signingSettings }: ExplorerOptions): Promise<string | undefined> {
  const principal = DEMO_PRINCIPALS.find((p) => p.role === role && p.org === org);
  if (!principal) return undefined;
  const settings = signingSettings();
  const claims = { sub: `explorer:${principal.role.toLowerCase()}:${principal.org}`, role: principal.role, org: principal.org };
  const token = signDevToken(claims, { expiresIn: Math.min(TOKEN_SECONDS, settings.maxLifetimeSeconds) }, settings);
  await verifier.verify(token);
  return token;
}

function developmentRouter(options: ExplorerOptions): Router {
  const assets = assetFiles();
  const clientJs = explorerClientJs();
  const router = Router();
  router.get('/', (_req, res) => {
    res.set({ 'content-security-policy': EXPLORER_CSP, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
    res.type('html').send(explorerHtml());
  });
  router.get('/explorer/explorer.js', (_req, res) => {
    res.type('text/javascript').send(clientJs);
  });
  router.get('/explorer/explorer.css', (_req, res) => {
    res.type('text/css').send(EXPLORER_CSS);
  });
  router.get('/explorer/assets/:file', (req, res) => {
    const file = assets.get(req.params.file);
    if (!file) return notFound(res);
    res.sendFile(file, { headers: { 'x-content-type-options': 'nosniff' } });
  });
  router.post('/explorer/token', express.json({ limit: '1kb' }), async (req, res) => {
    // JSON only: a cross-site form (text/plain, say) mints nothing; a JSON one needs a preflight this server never grants.
    if (!req.is('application/json')) {
      res.status(415).set('accept-post', 'application/json').json({ error: 'send {"role", "org"} as JSON, with Content-Type: application/json' });
      return;
    }
    const { role, org } = (req.body ?? {}) as { role?: unknown; org?: unknown };
    let token: string | undefined;
    try {
      token = await demoToken(role, org, options);
    } catch (error) {
      // E.g. the server verifies with public keys and JWT_PRIVATE_KEY is unset: say so rather than hand out a useless token.
      res.status(503).json({ error: `cannot mint a token this server accepts: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    if (!token) {
      res.status(400).json({ error: 'not a demo principal: send {"role", "org"} of one in src/db/demo-principals.ts' });
      return;
    }
    res.set('cache-control', 'no-store').json({ token });
  });
  router.all('/explorer{/*rest}', (_req, res) => notFound(res));
  return router;
}

/** Mount at the root, before the other routes. */
export function explorerRouter(options: ExplorerOptions): Router {
  if (!options.production) return developmentRouter(options);
  const router = Router();
  router.get('/', (_req, res) => notFound(res));
  router.all('/explorer{/*rest}', (_req, res) => notFound(res));
  return router;
}
