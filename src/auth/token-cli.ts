// Development tokens: npm run token -- --role ROLE [--org CODE] [--sub ID] [--expires 1h]
// Prints only the token on stdout. Signs with the same key the server on this machine verifies with
// (JWT_SECRET or DATA_DIR/jwt-secret; JWT_PRIVATE_KEY when the server has public keys, with the kid of
// the JWT_PUBLIC_KEYS entry it pairs with). Every token has iat, and a lifetime of at most JWT_MAX_LIFETIME.
import { parseArgs } from 'node:util';
import { Role } from '../common/enums';
import { config } from '../config';
import { signDevToken } from './dev-token';
import { ORG_PATTERN, TOKEN_ROLES, InvalidTokenError, validateClaims } from './token-claims'; // not ./jwt: the CLI needs no verifier (nor jwks-rsa)

const USAGE = `usage: npm run token -- --role ROLE [--org CODE] [--sub ID] [--expires 1h]
  --role     ${TOKEN_ROLES.join(' | ')} (no token means PUBLIC)
  --org      organisation code; defaults to CQC for REGULATOR, required otherwise
  --sub      subject for the audit log; defaults to dev:<role>:<org>
  --expires  lifetime: seconds, or a number with s, m, h, d or w (15m, 1h, 1d); defaults to 1h,
             at most JWT_MAX_LIFETIME (24 h unless set)`;
const SECONDS_PER_UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

class UsageError extends Error {}

function claimsFrom(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      role: { type: 'string' }, org: { type: 'string' }, sub: { type: 'string' },
      expires: { type: 'string', default: '1h' }, help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return null;
  const role = values.role?.trim().toUpperCase();
  if (!role) throw new UsageError('--role is required');
  if (role === Role.PUBLIC) throw new UsageError('a token cannot claim PUBLIC: send no token to act as PUBLIC');
  if (!TOKEN_ROLES.includes(role as Role)) throw new UsageError(`unknown role ${role}`);
  const org = values.org?.trim().toUpperCase() || (role === Role.REGULATOR ? 'CQC' : undefined);
  if (!org) throw new UsageError(`--org is required for ${role}`);
  if (!ORG_PATTERN.test(org)) throw new UsageError(`--org ${org} is not a valid code (${ORG_PATTERN})`);
  const sub = values.sub ?? `dev:${role.toLowerCase()}:${org}`;
  const lifetime = /^(\d{1,9})([smhdw]?)$/.exec(values.expires);
  if (!lifetime || Number(lifetime[1]) === 0) throw new UsageError(`--expires ${values.expires} is not a lifetime`);
  const expiresInSeconds = Number(lifetime[1]) * SECONDS_PER_UNIT[lifetime[2] || 's'];
  return { claims: validateClaims({ sub, role, org }), expires: values.expires, expiresInSeconds };
}

function main(argv: string[]): number {
  let parsed: ReturnType<typeof claimsFrom>;
  try {
    parsed = claimsFrom(argv);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const usage = err instanceof UsageError || err instanceof InvalidTokenError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!usage) throw err;
    process.stderr.write(`token: ${message}\n`);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (parsed === null) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const settings = config().jwt;
    if (parsed.expiresInSeconds > settings.maxLifetimeSeconds) {
      process.stderr.write(`token: --expires ${parsed.expires} is longer than the server accepts (JWT_MAX_LIFETIME, ${settings.maxLifetimeSeconds} s)\n`);
      return 2;
    }
    process.stdout.write(`${signDevToken(parsed.claims, { expiresIn: parsed.expiresInSeconds }, settings)}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`token: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
