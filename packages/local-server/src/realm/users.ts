// The realm's users: mutable at runtime because the Auth API changes realm roles and the next
// token must carry them. Passwords stay inside this module; `list()` never returns them.
import { createHash } from "node:crypto";
import { RealmLookupError, UsersFileError } from "../errors.js";
import type { Table } from "../store/storage.js";
import { REALM_ROLE_CATALOGUE } from "./roles.js";

/** A realm user to create: the `users` option, a users file entry, or {@link LocalServer.addUser}. */
export interface UserInput {
  /** Login name (`preferred_username` in tokens); unique in the realm and not empty. */
  readonly username: string;
  /** Password for the password grant and the login form. */
  readonly password: string;
  /** The token's `email` claim; omitted from tokens when absent. */
  readonly email?: string | undefined;
  /** The token's `given_name` claim. */
  readonly firstName?: string | undefined;
  /** The token's `family_name` claim. */
  readonly lastName?: string | undefined;
  /**
   * Realm roles carried in `realm_access.roles` (see {@link REALM_ROLE_CATALOGUE}).
   *
   * @defaultValue none
   */
  readonly roles?: readonly string[] | undefined;
}

/** A user as the API shows it: no password. */
export interface RealmUserInfo {
  /** Stable id (`sub`), derived from realm and username. */
  readonly id: string;
  /** Login name (`preferred_username`). */
  readonly username: string;
  /** Email address, when the user has one. */
  readonly email: string | undefined;
  /** Given name, when set. */
  readonly firstName: string | undefined;
  /** Family name, when set. */
  readonly lastName: string | undefined;
  /** Current realm roles, without duplicates; tokens issued from now on carry these. */
  readonly roles: readonly string[];
  /** Set for `service-account-<clientId>` users. */
  readonly serviceAccountClientId: string | undefined;
}

interface StoredUser extends RealmUserInfo {
  readonly password: string | undefined;
}

const defaultUser = (username: string, roles: readonly string[]): UserInput => ({
  username,
  password: username,
  email: `${username}@example.com`,
  firstName: username,
  lastName: "Local",
  roles,
});

/** `admin` with every catalogue role; `user1..3` with registry read + write. Password = username. */
export const DEFAULT_USERS: readonly UserInput[] = [
  defaultUser("admin", REALM_ROLE_CATALOGUE),
  ...["user1", "user2", "user3"].map((u) => defaultUser(u, ["entity-registry-read", "entity-registry-write"])),
];

/** A uuid-shaped id that is the same for a username on every start (tests can rely on it). */
export function stableUserId(realm: string, username: string): string {
  const hex = createHash("sha1").update(`provena-local:${realm}:${username}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A change made at runtime (`addUser`, `removeUser`, `setUserRoles`, an approved access
 * request), recorded so a server on a data folder starts with the configured users plus these.
 */
export type UserChange =
  | { readonly kind: "added"; readonly user: UserInput }
  | { readonly kind: "roles"; readonly roles: readonly string[] }
  | { readonly kind: "removed" };

export class UserStore {
  readonly #realm: string;
  readonly #users = new Map<string, StoredUser>();
  readonly #changes: Table<UserChange> | undefined;

  constructor(realm: string, users: readonly UserInput[], changes?: Table<UserChange>) {
    this.#realm = realm;
    for (const user of users) this.#insert(user, undefined);
    this.#changes = changes;
  }

  /** Applies the recorded runtime changes (after the configured users and service accounts exist). */
  replayChanges(): void {
    for (const [username, change] of this.#changes?.entries() ?? []) {
      if (change.kind === "added" && !this.#users.has(username)) this.#insert(change.user, undefined);
      else if (change.kind === "removed") this.#users.delete(username);
      else if (change.kind === "roles") {
        const user = this.#users.get(username);
        if (user !== undefined) this.#users.set(username, { ...user, roles: [...new Set(change.roles)] });
      }
    }
  }

  add(input: UserInput): RealmUserInfo {
    const user = this.#insert(input, undefined);
    this.#changes?.put(input.username, { kind: "added", user: { ...input, roles: [...user.roles] } });
    return user;
  }

  /** The `service-account-<clientId>` user of a confidential client (configuration, not recorded). */
  addServiceAccount(username: string, clientId: string, roles: readonly string[]): RealmUserInfo {
    return this.#insert({ username, password: "", roles }, clientId);
  }

  #insert(input: UserInput, serviceAccountClientId: string | undefined): RealmUserInfo {
    if (input.username === "") throw new UsersFileError("A user needs a non-empty username.");
    if (this.#users.has(input.username)) throw new UsersFileError(`User "${input.username}" already exists in the realm.`);
    const user: StoredUser = {
      id: stableUserId(this.#realm, input.username),
      username: input.username,
      password: serviceAccountClientId === undefined ? input.password : undefined,
      email: input.email,
      firstName: input.firstName,
      lastName: input.lastName,
      roles: [...new Set(input.roles ?? [])],
      serviceAccountClientId,
    };
    this.#users.set(user.username, user);
    return publicView(user);
  }

  remove(username: string): void {
    if (!this.#users.delete(username)) throw new RealmLookupError(`No user "${username}" in the realm.`);
    this.#changes?.put(username, { kind: "removed" });
  }

  get(username: string): RealmUserInfo | undefined {
    const user = this.#users.get(username);
    return user === undefined ? undefined : publicView(user);
  }

  /** Looks a user up by `sub` (refresh tokens carry only the id, as in Keycloak). */
  getById(id: string): RealmUserInfo | undefined {
    for (const user of this.#users.values()) if (user.id === id) return publicView(user);
    return undefined;
  }

  require(username: string): RealmUserInfo {
    const user = this.get(username);
    if (user === undefined) throw new RealmLookupError(`No user "${username}" in the realm.`);
    return user;
  }

  /** Replaces the user's realm roles; tokens minted afterwards carry the new set. */
  setRoles(username: string, roles: readonly string[]): RealmUserInfo {
    const user = this.#users.get(username);
    if (user === undefined) throw new RealmLookupError(`No user "${username}" in the realm.`);
    const updated: StoredUser = { ...user, roles: [...new Set(roles)] };
    this.#users.set(username, updated);
    const previous = this.#changes?.get(username);
    // A user added at runtime keeps its "added" record, with the new roles.
    if (previous?.kind === "added") this.#changes?.put(username, { kind: "added", user: { ...previous.user, roles: updated.roles } });
    else this.#changes?.put(username, { kind: "roles", roles: updated.roles });
    return publicView(updated);
  }

  /** The user when the password matches; service accounts never log in with a password. */
  authenticate(username: string, password: string): RealmUserInfo | undefined {
    const user = this.#users.get(username);
    if (user?.password === undefined || user.password !== password) return undefined;
    return publicView(user);
  }

  /** Human users (service accounts excluded), without passwords. */
  list(): RealmUserInfo[] {
    return [...this.#users.values()].filter((u) => u.serviceAccountClientId === undefined).map(publicView);
  }
}

function publicView(user: StoredUser): RealmUserInfo {
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    roles: [...user.roles],
    serviceAccountClientId: user.serviceAccountClientId,
  };
}
