// Where a subtype's calls go: the plain routes (`{P}/fetch`) or the proxy routes
// (`{P}/proxy/fetch` with X-User-Context). The action code is written once against this.
import { REGISTRY_SUBTYPE_MODELS } from "@provena-sdk/models/registry";
import type { RegistryContext } from "../context.js";
import type { SubtypeEntry, SubtypeKey } from "./table.js";
import type { UserContext } from "./types.js";

export interface RouteScope {
  readonly context: RegistryContext;
  readonly entry: SubtypeEntry;
  readonly models: (typeof REGISTRY_SUBTYPE_MODELS)[keyof typeof REGISTRY_SUBTYPE_MODELS];
  /** `{P}` or `{P}/proxy`. */
  readonly base: string;
  /** `registry.person` or `registry.person.proxy`, for errors and hooks. */
  readonly operation: string;
  readonly headers: Record<string, string> | undefined;
}

export const USER_CONTEXT_HEADER = "X-User-Context";

export function plainScope(context: RegistryContext, key: SubtypeKey, entry: SubtypeEntry): RouteScope {
  return { context, entry, models: REGISTRY_SUBTYPE_MODELS[entry.subtype], base: entry.prefix, operation: `registry.${key}`, headers: undefined };
}

export function proxyScope(plain: RouteScope, user: UserContext): RouteScope {
  const value = typeof user === "string" ? user : JSON.stringify({ username: user.username, email: user.email ?? null, roles: [...user.roles] });
  return { ...plain, base: `${plain.entry.prefix}/proxy`, operation: `${plain.operation}.proxy`, headers: { [USER_CONTEXT_HEADER]: value } };
}
