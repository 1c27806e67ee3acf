import * as z from "zod/mini";
import { MalformedTokenError } from "./errors/token-errors.js";

/** What Provena reads from a Keycloak access token. Times are epoch milliseconds. */
export interface TokenClaims {
  /** `preferred_username`. */
  username: string | undefined;
  /** The `email` claim, if present. */
  email: string | undefined;
  /** `realm_access.roles` (empty when absent). */
  roles: string[];
  /** `exp`, in epoch ms. */
  expiresAt: number | undefined;
  /** `iat`, in epoch ms. */
  issuedAt: number | undefined;
  /** `iss`. */
  issuer: string | undefined;
  /** `azp`: the client the token was issued to. */
  clientId: string | undefined;
  /** `sub`. */
  subject: string | undefined;
  /** Every claim as decoded. */
  raw: Record<string, unknown>;
}

// A claim of the wrong type reads as absent: decoding is for display, never for trusting.
const lax = <T extends z.core.SomeType>(schema: T) => z.catch(z.optional(schema), undefined);

const payloadSchema = z.looseObject({
  preferred_username: lax(z.string()),
  email: lax(z.string()),
  realm_access: lax(z.looseObject({ roles: lax(z.array(z.string())) })),
  exp: lax(z.number()),
  iat: lax(z.number()),
  iss: lax(z.string()),
  azp: lax(z.string()),
  sub: lax(z.string()),
});

/**
 * Decodes a JWT's payload WITHOUT verifying it: for display and for deciding what to ask,
 * never for trusting. Errors say what is wrong, never what the token was.
 */
export function decodeClaims(token: string): TokenClaims {
  if (typeof token !== "string") throw new MalformedTokenError("expected a string");
  const parts = token.split(".");
  if (parts.length !== 3) throw new MalformedTokenError(`expected 3 dot-separated parts, found ${parts.length}`);
  let json: unknown;
  try {
    json = JSON.parse(decodeBase64Url(parts[1]!));
  } catch {
    throw new MalformedTokenError("the payload is not base64url-encoded JSON");
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new MalformedTokenError("the payload is not a JSON object");
  }
  const claims = payloadSchema.parse(json);
  return {
    username: claims.preferred_username,
    email: claims.email,
    roles: claims.realm_access?.roles ?? [],
    expiresAt: claims.exp === undefined ? undefined : claims.exp * 1000,
    issuedAt: claims.iat === undefined ? undefined : claims.iat * 1000,
    issuer: claims.iss,
    clientId: claims.azp,
    subject: claims.sub,
    raw: json as Record<string, unknown>,
  };
}

// `atob` exists in browsers and Node alike; TextDecoder turns the bytes into UTF-8 text.
function decodeBase64Url(segment: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(segment)) throw new Error("not base64url");
  const base64 = segment.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(segment.length / 4) * 4, "=");
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}
