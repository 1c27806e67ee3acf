// The realm's compact RS256 JWTs. Verification is jose's (`compactVerify` against the realm's
// JWKS, RS256 only) after a strict check that every segment is canonical base64url, so a token
// with padding or stray characters appended to its signature is refused rather than decoded
// leniently. Signing uses node:crypto's RS256 directly because `mintToken` is synchronous and
// jose signs only asynchronously; the bytes are the same and jose verifies them.
import { sign, type KeyObject } from "node:crypto";
import { base64url as b64, compactVerify, createLocalJWKSet, type JSONWebKeySet } from "jose";
import { deepFreeze } from "../store/deep-freeze.js";

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

/** How many verified tokens a verifier remembers (the earliest verified are dropped first). */
export const VERIFIED_TOKEN_CACHE_SIZE = 1024;

/**
 * A verifier for RS256 tokens signed by a key of `jwks`: the claims when the token is a
 * canonical compact JWS whose signature verifies, else undefined. Claim checks (exp, typ, …)
 * are the caller's, because the realm and the services check differently.
 *
 * A token that verified once is remembered by its exact string (the signature covers every
 * byte of it, and this verifier's key set never changes), so a client reusing its token costs
 * one Map lookup instead of an RSA verification per request. Entries are dropped once the
 * token's `exp` has passed and the oldest go first beyond {@link VERIFIED_TOKEN_CACHE_SIZE};
 * failures are never remembered. The claims are frozen because every request shares them.
 */
export function rs256Verifier(jwks: JSONWebKeySet, cacheSize = VERIFIED_TOKEN_CACHE_SIZE): JwtVerifier {
  const keys = createLocalJWKSet(jwks);
  const verified = new Map<string, Record<string, unknown>>();
  const expired = (claims: Record<string, unknown>): boolean => typeof claims.exp === "number" && claims.exp < Date.now() / 1000;
  return async (token) => {
    const cached = verified.get(token);
    if (cached !== undefined) {
      if (!expired(cached)) return cached;
      verified.delete(token);
    }
    const parts = token.split(".");
    if (parts.length !== 3 || !parts.every(canonicalSegment)) return undefined;
    let claims: Record<string, unknown> | undefined;
    try {
      claims = jsonObject((await compactVerify(token, keys, { algorithms: ["RS256"] })).payload);
    } catch {
      return undefined;
    }
    if (claims === undefined || cacheSize <= 0 || expired(claims)) return claims;
    deepFreeze(claims);
    if (verified.size >= cacheSize) verified.delete(verified.keys().next().value as string);
    verified.set(token, claims);
    return claims;
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
