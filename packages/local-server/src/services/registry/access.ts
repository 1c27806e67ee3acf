// Item-level access control (behaviour.md §1.8). One function computes a caller's roles on an
// item; the action table says which of those roles each action accepts. Exported for the Auth
// API (link assign checks Person ownership through it) and used by every registry handler.
import type { AccessSettings } from "@provena-sdk/models/registry";
import { GROUPS } from "../auth/groups.js";
import type { ServiceContext } from "../context.js";
import { subtypeDefinition, METADATA_ROLES } from "./subtypes.js";
import { registryTables } from "./tables.js";

/** Who is asking: the token's (or the proxied user's) username and realm roles. */
export interface AccessSubject {
  readonly username: string;
  readonly roles: readonly string[];
}

export const REGISTRY_ADMIN_ROLE = "entity-registry-admin";

/** Item actions and the item roles each accepts (ANY of). */
export const ACTION_ROLES = {
  read: ["metadata-read", "metadata-write", "admin"],
  write: ["metadata-write", "admin"],
  admin: ["admin"],
} as const satisfies Record<string, readonly string[]>;

export type ItemAction = keyof typeof ACTION_ROLES;

export function availableRoles(subtype: string): readonly string[] {
  return subtypeDefinition(subtype)?.availableRoles ?? METADATA_ROLES;
}

/** Roles from settings alone: owner / registry admin → all; else general ∪ member groups. */
export function rolesFromSettings(subtype: string, settings: AccessSettings, subject: AccessSubject, memberships: readonly string[]): string[] {
  const available = availableRoles(subtype);
  if (subject.roles.includes(REGISTRY_ADMIN_ROLE) || settings.owner === subject.username) return [...available];
  const granted = new Set<string>(settings.general);
  // Group ids are user-chosen: read only own keys (`constructor`, `__proto__` are ids too).
  for (const group of memberships) {
    const roles = Object.hasOwn(settings.groups, group) ? settings.groups[group] : undefined;
    if (Array.isArray(roles)) for (const role of roles as unknown[]) if (typeof role === "string") granted.add(role);
  }
  // An item `admin` role gives every role the subtype offers.
  if (granted.has("admin")) return [...available];
  return available.filter((role) => granted.has(role));
}

/**
 * The caller's roles on item `id`, or undefined when the id has no item or no auth row
 * (upstream answers 400 then).
 */
export function describeItemAccess(context: ServiceContext, id: string, subject: AccessSubject): string[] | undefined {
  const tables = registryTables(context);
  const item = tables.items.get(id);
  const auth = tables.auth.get(id);
  if (item === undefined || auth === undefined) return undefined;
  const memberships = context.store(GROUPS).membershipsOf(subject.username);
  return rolesFromSettings(item.item_subtype, auth.access_settings, subject, memberships);
}

export function allows(roles: readonly string[], action: ItemAction): boolean {
  const accepted: readonly string[] = ACTION_ROLES[action];
  return roles.some((role) => accepted.includes(role));
}
