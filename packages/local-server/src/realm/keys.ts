// The realm's signing key set. Provena's services read `public_key` (base64 DER SPKI, no PEM
// armour) from the realm metadata; OIDC clients read the JWKS; both come from this one set,
// and the realm verifies its own tokens against the same JWKS it publishes. A key is stored as
// PKCS#8 PEM (`RealmKeyRecord`) so a server on a data folder signs with the same key after a
// restart and earlier tokens keep verifying.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import type { JSONWebKeySet } from "jose";
import { rs256Verifier, type JwtVerifier } from "./jwt.js";

export interface RealmJwk {
  readonly kid: string;
  readonly kty: "RSA";
  readonly alg: "RS256";
  readonly use: "sig";
  readonly n: string;
  readonly e: string;
}

/** What persists of a key. */
export interface RealmKeyRecord {
  readonly kid: string;
  readonly privateKeyPem: string;
}

export interface RealmKeys {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly kid: string;
  /** Base64 DER SubjectPublicKeyInfo, as Keycloak's realm metadata serves it. */
  readonly publicKeyBase64: string;
  readonly jwk: RealmJwk;
  /** The JWKS the certs endpoint serves. */
  readonly jwks: JSONWebKeySet;
  /** Verifies a token against `jwks` (RS256 only). */
  readonly verify: JwtVerifier;
  readonly record: RealmKeyRecord;
}

function keysFrom(privateKey: KeyObject): RealmKeys {
  const publicKey = createPublicKey(privateKey);
  const exported = publicKey.export({ format: "jwk" });
  const n = String(exported.n);
  const e = String(exported.e);
  // RFC 7638 thumbprint: stable for the key, like Keycloak's kid.
  const kid = createHash("sha256").update(JSON.stringify({ e, kty: "RSA", n })).digest("base64url");
  const jwk: RealmJwk = { kid, kty: "RSA", alg: "RS256", use: "sig", n, e };
  const jwks: JSONWebKeySet = { keys: [{ ...jwk }] };
  return {
    privateKey,
    publicKey,
    kid,
    publicKeyBase64: publicKey.export({ format: "der", type: "spki" }).toString("base64"),
    jwk,
    jwks,
    verify: rs256Verifier(jwks),
    record: { kid, privateKeyPem: privateKey.export({ format: "pem", type: "pkcs8" }).toString() },
  };
}

export function generateRealmKeys(): RealmKeys {
  return keysFrom(generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey);
}

/** The key set of a stored record (a server restarting on its data folder). */
export function realmKeysFromRecord(record: RealmKeyRecord): RealmKeys {
  return keysFrom(createPrivateKey(record.privateKeyPem));
}
