// Token checks as upstream's FastAPI dependency does them (behaviour.md §1.2, §1.6): the
// OAuth2PasswordBearer header parse, then RS256 with the realm key and `exp`/`nbf` (no
// aud/iss check), then the claims Provena reads, then the route's roles with ALL semantics.
// Every failure is a 401 with `WWW-Authenticate: Bearer` and one of four fixed details.
import type { JwtVerifier } from "../realm/jwt.js";
import type { OperationAuth } from "../spec/operation-spec.js";

/** The caller as upstream's `User`, plus the verified claims for handlers that need more. */
export interface AuthenticatedUser {
  readonly username: string;
  readonly email: string | null;
  readonly roles: readonly string[];
  readonly accessToken: string;
  readonly claims: Readonly<Record<string, unknown>>;
}

export const AUTH_DETAILS = {
  notAuthenticated: "Not authenticated",
  invalidCredentials: "Could not validate credentials",
  badStructure: "Token had incorrect structure.",
  missingRole: "You are not authorised to access this resource as you don't have the correct role.",
} as const;

export type AuthDetail = (typeof AUTH_DETAILS)[keyof typeof AUTH_DETAILS];

export type BearerOutcome = { ok: true; user: AuthenticatedUser } | { ok: false; detail: AuthDetail };

const fail = (detail: AuthDetail): BearerOutcome => ({ ok: false, detail });

/** FastAPI's `get_authorization_scheme_param`: split at the first space. */
function bearerParam(header: string | undefined): string | undefined {
  if (header === undefined || header === "") return undefined;
  const space = header.indexOf(" ");
  const scheme = space < 0 ? header : header.slice(0, space);
  if (scheme.toLowerCase() !== "bearer") return undefined;
  return space < 0 ? "" : header.slice(space + 1);
}

function isNumericDate(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

export async function verifyBearer(header: string | undefined, verify: JwtVerifier, nowSeconds: number): Promise<BearerOutcome> {
  const token = bearerParam(header);
  if (token === undefined) return fail(AUTH_DETAILS.notAuthenticated);
  const payload = await verify(token);
  if (payload === undefined) return fail(AUTH_DETAILS.invalidCredentials);
  const { exp, nbf, iat } = payload;
  if (exp !== undefined && (!isNumericDate(exp) || exp < nowSeconds)) return fail(AUTH_DETAILS.invalidCredentials);
  if (nbf !== undefined && (!isNumericDate(nbf) || nbf > nowSeconds)) return fail(AUTH_DETAILS.invalidCredentials);
  if (iat !== undefined && !isNumericDate(iat)) return fail(AUTH_DETAILS.invalidCredentials);

  const realmAccess = payload.realm_access as { roles?: unknown } | undefined;
  const roles = typeof realmAccess === "object" && realmAccess !== null ? realmAccess.roles : undefined;
  const username = payload.preferred_username;
  const email = payload.email;
  if (!Array.isArray(roles) || roles.some((r) => typeof r !== "string") || typeof username !== "string") {
    return fail(AUTH_DETAILS.badStructure);
  }
  return {
    ok: true,
    user: {
      username,
      email: typeof email === "string" ? email : null,
      roles: roles as string[],
      accessToken: token,
      claims: payload,
    },
  };
}

/** ALL semantics: the token must hold every role the route lists. */
export function hasAllRoles(user: AuthenticatedUser, auth: OperationAuth): boolean {
  return auth.roles.every((role) => user.roles.includes(role));
}
