// The realm's signing key, generated per server start. Provena's services read `public_key`
// (base64 DER SPKI, no PEM armour) from the realm metadata; OIDC clients read the JWKS.
import { createHash, generateKeyPairSync, type KeyObject } from "node:crypto";

export interface RealmJwk {
  readonly kid: string;
  readonly kty: "RSA";
  readonly alg: "RS256";
  readonly use: "sig";
  readonly n: string;
  readonly e: string;
}

export interface RealmKeys {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly kid: string;
  /** Base64 DER SubjectPublicKeyInfo, as Keycloak's realm metadata serves it. */
  readonly publicKeyBase64: string;
  readonly jwk: RealmJwk;
}

export function generateRealmKeys(): RealmKeys {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const exported = publicKey.export({ format: "jwk" });
  const n = String(exported.n);
  const e = String(exported.e);
  // RFC 7638 thumbprint: stable for the key, like Keycloak's kid.
  const kid = createHash("sha256").update(JSON.stringify({ e, kty: "RSA", n })).digest("base64url");
  return {
    privateKey,
    publicKey,
    kid,
    publicKeyBase64: publicKey.export({ format: "der", type: "spki" }).toString("base64"),
    jwk: { kid, kty: "RSA", alg: "RS256", use: "sig", n, e },
  };
}
