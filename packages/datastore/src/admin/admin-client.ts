// /admin: data store admins (entity-registry-read + write + admin).
import type { DatastoreContext, SignalOption } from "../context.js";
import { invoke } from "../context.js";

/** Options of `DatastoreAdminClient.config`. */
export interface ConfigOptions extends SignalOption {
  /** Only the settings a deployment must set (default true, as upstream); false lists every setting. */
  readonly requiredOnly?: boolean | undefined;
}

/**
 * The data store's `/admin` routes (`DatastoreClient.admin`). Every call needs the
 * `entity-registry-read`, `-write` and `-admin` roles; without them it is an UnauthorizedError (401).
 */
export interface DatastoreAdminClient {
  /** The deployment's settings as upstream's config-file generator lists them (`GET /admin/config`; untyped upstream). */
  config(options?: ConfigOptions): Promise<Record<string, unknown>>;
  /** Upstream's error-reporting probe (`/admin/sentry-debug`). */
  sentryDebug(options?: SignalOption): Promise<Record<string, string>>;
}

export function createAdminClient(context: DatastoreContext): DatastoreAdminClient {
  return {
    config: (options = {}) => invoke(context, "adminConfig", { query: { required_only: options.requiredOnly }, signal: options.signal }),
    sentryDebug: (options = {}) => invoke(context, "adminSentryDebug", { signal: options.signal }),
  };
}
