// The Auth API client: the caller's access, groups and link, and the admin routes under `.admin`.
import { checkHealth, createTransport, type HealthOptions, type ServiceHealth, type Transport, type TransportOptions } from "@provena-sdk/http-core";
import { AccessClient } from "./access-client.js";
import { AccessAdminClient } from "./admin/access-admin.js";
import { GroupsAdminClient } from "./admin/groups-admin.js";
import { LinksAdminClient } from "./admin/links-admin.js";
import { GroupsClient } from "./groups-client.js";
import { LinksClient } from "./links-client.js";

/** Options of {@link AuthClient}. */
export interface AuthClientOptions {
  /** The transport (endpoints, token provider, retries, validation mode) every call uses. */
  transport: Transport;
}

/** The admin routes: each needs one sys-admin role (read, write or admin) in the token. */
export interface AuthAdminClient {
  /** Every user's access requests: history, notes, state changes, deletion. */
  readonly access: AccessAdminClient;
  /** Groups and members: reads, writes, export, import and restore. */
  readonly groups: GroupsAdminClient;
  /** Any user's link to a Person. */
  readonly links: LinksAdminClient;
}

/**
 * A client for Provena's Auth API: the caller's access report and requests, groups, and link to a
 * registry Person, with the admin routes under `admin`.
 */
export class AuthClient {
  /** The caller's access report, change requests and their history. */
  readonly access: AccessClient;
  /** Groups as any signed-in user sees them. */
  readonly groups: GroupsClient;
  /** The caller's link to a registry Person. */
  readonly links: LinksClient;
  /** The admin routes; each needs a sys-admin role in the token. */
  readonly admin: AuthAdminClient;
  readonly #transport: Transport;

  constructor(options: AuthClientOptions) {
    const { transport } = options;
    this.#transport = transport;
    this.access = new AccessClient(transport);
    this.groups = new GroupsClient(transport);
    this.links = new LinksClient(transport);
    this.admin = {
      access: new AccessAdminClient(transport),
      groups: new GroupsAdminClient(transport),
      links: new LinksAdminClient(transport),
    };
  }

  /** The Auth API's public health route (`GET /`); sends no token. */
  health(options?: HealthOptions): Promise<ServiceHealth> {
    return checkHealth(this.#transport, "auth", options);
  }
}

/** An AuthClient on a new transport built from `options` (see http-core's `createTransport`). */
export function createAuthClient(options: TransportOptions): AuthClient {
  return new AuthClient({ transport: createTransport(options) });
}
