// The realm's OAuth clients: upstream's public clients and its confidential service accounts.
import { LocalServerError } from "../errors.js";

export interface RealmClientConfig {
  readonly clientId: string;
  /** Public clients have no secret; confidential ones authenticate with `secret`. */
  readonly publicClient: boolean;
  /** Confidential clients only; default `<clientId>-secret`. */
  readonly secret?: string | undefined;
  /** Password grant ("direct access grants"). */
  readonly directAccessGrants?: boolean | undefined;
  /** RFC 8628 device authorization grant. */
  readonly deviceFlow?: boolean | undefined;
  /** `scope=offline_access` yields an offline refresh token. */
  readonly offlineAccess?: boolean | undefined;
  /** `client_credentials` grant, acting as the user `service-account-<clientId>`. */
  readonly serviceAccount?: boolean | undefined;
  /** Realm roles of the service-account user. */
  readonly serviceAccountRoles?: readonly string[] | undefined;
}

export interface RealmClient {
  readonly clientId: string;
  readonly publicClient: boolean;
  readonly secret: string | undefined;
  readonly directAccessGrants: boolean;
  readonly deviceFlow: boolean;
  readonly offlineAccess: boolean;
  readonly serviceAccount: boolean;
  readonly serviceAccountRoles: readonly string[];
}

const serviceClient = (clientId: string): RealmClientConfig => ({
  clientId,
  publicClient: false,
  serviceAccount: true,
  serviceAccountRoles: ["entity-registry-read", "entity-registry-write", clientId],
});

export const DEFAULT_CLIENTS: readonly RealmClientConfig[] = [
  { clientId: "client-tools", publicClient: true, deviceFlow: true },
  { clientId: "automated-access", publicClient: true, deviceFlow: true, offlineAccess: true },
  { clientId: "integration-tests", publicClient: true, directAccessGrants: true },
  serviceClient("data-store-api"),
  serviceClient("prov-api"),
  serviceClient("registry-api"),
  serviceClient("auth-api"),
];

/** Defaults overlaid by `overrides` (same clientId replaces, new ones are added). */
export function resolveClients(overrides: readonly RealmClientConfig[] = []): Map<string, RealmClient> {
  const merged = new Map<string, RealmClientConfig>();
  for (const c of [...DEFAULT_CLIENTS, ...overrides]) merged.set(c.clientId, c);
  const clients = new Map<string, RealmClient>();
  for (const c of merged.values()) {
    if (c.clientId === "") throw new LocalServerError("A client needs a non-empty clientId.");
    clients.set(c.clientId, {
      clientId: c.clientId,
      publicClient: c.publicClient,
      secret: c.publicClient ? undefined : (c.secret ?? `${c.clientId}-secret`),
      directAccessGrants: c.directAccessGrants ?? false,
      deviceFlow: c.deviceFlow ?? false,
      offlineAccess: c.offlineAccess ?? false,
      serviceAccount: !c.publicClient && (c.serviceAccount ?? false),
      serviceAccountRoles: c.serviceAccountRoles ?? [],
    });
  }
  return clients;
}

export function serviceAccountUsername(clientId: string): string {
  return `service-account-${clientId}`;
}
