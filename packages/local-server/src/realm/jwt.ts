// The realm's compact RS256 JWTs. Verification is jose's (`compactVerify` against the realm's
// JWKS, RS256 only) after a strict check that every segment is canonical base64url, so a token
// with padding or stray characters appended to its signature is refused rather than decoded
// leniently. Signing uses node:crypto's RS256 directly because `mintToken` is synchronous and
// jose signs only asynchronously; the bytes are the same and jose verifies them.
import { sign, type KeyObject } from "node:crypto";
import { base64url as b64, compactVerify, createLocalJWKSet, type JSONWebKeySet } from "jose";

export function base64url(input: Buffer | string): string {
  return Buffer.from(input).toString("base64url");
}

export function signJwt(payload: object, privateKey: KeyObject, kid: string): string {
  const header = { alg: "RS256", typ: "JWT", kid };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  const signature = sign("sha256", Buffer.from(signingInput), privateKey);
  return `${signingInput}.${base64url(signature)}`;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** True when `segment` is the one base64url spelling of its bytes (no padding, no spare bits). */
function canonicalSegment(segment: string): boolean {
  return BASE64URL.test(segment) && Buffer.from(segment, "base64url").toString("base64url") === segment;
}

function jsonObject(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The claims of a token, read without checking anything (for tests and error reports). */
export function unverifiedClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split(".")[1];
  if (payload === undefined || !canonicalSegment(payload)) return undefined;
  return jsonObject(b64.decode(payload));
}

export type JwtVerifier = (token: string) => Promise<Record<string, unknown> | undefined>;

/**
 * A verifier for RS256 tokens signed by a key of `jwks`: the claims when the token is a
 * canonical compact JWS whose signature verifies, else undefined. Claim checks (exp, typ, …)
 * are the caller's, because the realm and the services check differently.
 */
export function rs256Verifier(jwks: JSONWebKeySet): JwtVerifier {
  const keys = createLocalJWKSet(jwks);
  return async (token) => {
    const parts = token.split(".");
    if (parts.length !== 3 || !parts.every(canonicalSegment)) return undefined;
    try {
      const { payload } = await compactVerify(token, keys, { algorithms: ["RS256"] });
      return jsonObject(payload);
    } catch {
      return undefined;
    }
  };
}

/** Verified claims with `exp` checked (integer seconds, valid while exp >= now). */
export async function verifyUnexpired(verify: JwtVerifier, token: string, nowSeconds: number): Promise<Record<string, unknown> | undefined> {
  const claims = await verify(token);
  if (claims === undefined) return undefined;
  const { exp } = claims;
  if (exp !== undefined && (typeof exp !== "number" || exp < nowSeconds)) return undefined;
  return claims;
}
