// Where a subtype's calls go: the plain routes (`{P}/fetch`) or the proxy routes
// (`{P}/proxy/fetch` with X-User-Context). The action code is written once against this.
import type { RegistryContext } from "../context.js";
import type { SubtypeDefinition, SubtypeModels } from "./definitions.js";
import type { SubtypeEntry } from "./table.js";
import type { UserContext } from "./types.js";

/** A subtype's routes, models and operation name, with the context its actions need. */
export interface Scope<C> {
  readonly context: C;
  readonly entry: SubtypeEntry;
  readonly models: SubtypeModels;
  /** `{P}` or `{P}/proxy`. */
  readonly base: string;
  /** `registry.person` or `registry.person.proxy`, for errors and hooks. */
  readonly operation: string;
  readonly headers: Record<string, string> | undefined;
}

/** The scope of a sub-client's actions (the modular functions only carry the transport). */
export type RouteScope = Scope<RegistryContext>;

/** The header the proxy routes read the acting user from (see {@link UserContext}). */
export const USER_CONTEXT_HEADER = "X-User-Context";

export function plainScope<C>(context: C, definition: SubtypeDefinition): Scope<C> {
  const { entry } = definition;
  return { context, entry, models: definition.models, base: entry.prefix, operation: `registry.${definition.key}`, headers: undefined };
}

export function proxyScope<C>(plain: Scope<C>, user: UserContext): Scope<C> {
  const value = typeof user === "string" ? user : JSON.stringify({ username: user.username, email: user.email ?? null, roles: [...user.roles] });
  return { ...plain, base: `${plain.entry.prefix}/proxy`, operation: `${plain.operation}.proxy`, headers: { [USER_CONTEXT_HEADER]: value } };
}
