// The realm's OAuth clients: upstream's public clients and its confidential service accounts.
import { LocalServerError } from "../errors.js";

/** An OAuth client of the realm, as the `clients` option of {@link startLocalServer} takes it. */
export interface RealmClientConfig {
  /** The `client_id`; a config with a default client's id replaces that client. */
  readonly clientId: string;
  /** Public clients have no secret; confidential ones authenticate with `secret`. */
  readonly publicClient: boolean;
  /**
   * Confidential clients only: the client secret.
   *
   * @defaultValue `"<clientId>-secret"`
   */
  readonly secret?: string | undefined;
  /**
   * Allows the password grant ("direct access grants").
   *
   * @defaultValue false
   */
  readonly directAccessGrants?: boolean | undefined;
  /**
   * Allows the RFC 8628 device authorization grant.
   *
   * @defaultValue false
   */
  readonly deviceFlow?: boolean | undefined;
  /**
   * Lets `scope=offline_access` yield an offline refresh token.
   *
   * @defaultValue false
   */
  readonly offlineAccess?: boolean | undefined;
  /**
   * Allows the `client_credentials` grant, acting as the user `service-account-<clientId>`.
   *
   * @defaultValue false
   */
  readonly serviceAccount?: boolean | undefined;
  /**
   * Realm roles of the service-account user.
   *
   * @defaultValue none
   */
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

/**
 * Upstream's clients: public `client-tools` (device flow), `automated-access` (device flow,
 * offline access) and `integration-tests` (password grant), plus a confidential service account
 * per API (`data-store-api`, `prov-api`, `registry-api`, `auth-api`) holding registry read and
 * write plus a role named after the client.
 */
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
