// Small HTTP helpers for tests: real requests to the real server over loopback.
import { createPublicKey, verify } from "node:crypto";

export interface JsonResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export async function postForm(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<JsonResponse> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

export async function getJson<T = Record<string, unknown>>(url: string, headers: Record<string, string> = {}): Promise<JsonResponse<T>> {
  const res = await fetch(url, { headers });
  return { status: res.status, headers: res.headers, body: (await res.json()) as T };
}

export function decodeSegment(token: string, index: 0 | 1): Record<string, unknown> {
  const segment = token.split(".")[index];
  if (segment === undefined) throw new Error("not a JWT");
  return JSON.parse(Buffer.from(segment, "base64url").toString("utf8")) as Record<string, unknown>;
}

// Tests read nested claims freely (claims.realm_access.roles); `any` keeps assertions short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Claims = Record<string, any>;

export const claimsOf = (token: string): Claims => decodeSegment(token, 1);
export const headerOf = (token: string): Claims => decodeSegment(token, 0);

/** Verifies an RS256 JWT with Keycloak's `public_key` (base64 DER SPKI). */
export function verifiesWithPublicKey(token: string, publicKeyBase64: string): boolean {
  const key = createPublicKey({ key: Buffer.from(publicKeyBase64, "base64"), format: "der", type: "spki" });
  const [h, p, s] = token.split(".");
  return verify("sha256", Buffer.from(`${h}.${p}`), key, Buffer.from(s!, "base64url"));
}
