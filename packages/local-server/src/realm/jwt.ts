// Compact RS256 JWTs on node:crypto. Signing is for the realm; `decodeJwt` only splits and
// parses, so callers decide which checks apply (the realm and the services check differently).
import { sign, verify, type KeyObject } from "node:crypto";

export interface DecodedJwt {
  readonly header: Record<string, unknown>;
  readonly payload: Record<string, unknown>;
  readonly signingInput: string;
  readonly signature: Buffer;
}

export function base64url(input: Buffer | string): string {
  return Buffer.from(input).toString("base64url");
}

export function signJwt(payload: object, privateKey: KeyObject, kid: string): string {
  const header = { alg: "RS256", typ: "JWT", kid };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  const signature = sign("sha256", Buffer.from(signingInput), privateKey);
  return `${signingInput}.${base64url(signature)}`;
}

function parseSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Splits and parses a compact JWT; `undefined` when it is not structurally one. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  const [h, p, s] = parts as [string, string, string];
  const header = parseSegment(h);
  const payload = parseSegment(p);
  if (header === undefined || payload === undefined) return undefined;
  return { header, payload, signingInput: `${h}.${p}`, signature: Buffer.from(s, "base64url") };
}

/** True only for an RS256 header whose signature verifies with `publicKey`. */
export function hasValidRs256Signature(jwt: DecodedJwt, publicKey: KeyObject): boolean {
  if (jwt.header.alg !== "RS256" || jwt.signature.length === 0) return false;
  return verify("sha256", Buffer.from(jwt.signingInput), publicKey, jwt.signature);
}

/** Decodes and verifies signature + `exp` (integer seconds, valid while exp >= now). */
export function verifyRs256Jwt(token: string, publicKey: KeyObject, nowSeconds: number): Record<string, unknown> | undefined {
  const jwt = decodeJwt(token);
  if (jwt === undefined || !hasValidRs256Signature(jwt, publicKey)) return undefined;
  const { exp } = jwt.payload;
  if (exp !== undefined && (typeof exp !== "number" || exp < nowSeconds)) return undefined;
  return jwt.payload;
}
