// `/link/admin/*`: any user's link, assignment without the ownership rule, clearing, reverse lookup.
import type { Transport } from "@provena-sdk/http-core";
import { call, type CallOptions } from "../request.js";

/** What {@link LinksAdminClient.assign} links: a username to a registry Person. */
export interface AdminAssignLink {
  /** The user to link. */
  readonly username: string;
  /** The registry id of the Person to link the user to. */
  readonly personId: string;
  /** Replace an existing link (default false: an existing link is a 400). */
  readonly force?: boolean | undefined;
  /** Check the Person exists in the registry first (default true). */
  readonly validateItem?: boolean | undefined;
}

/**
 * Username-to-Person link administration (`/link/admin/*`): any user's link, assignment without the
 * ownership rule, clearing and reverse lookup. Reached as `auth.admin.links`; needs a sys-admin role.
 */
export class LinksAdminClient {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /** The Person id linked to `username`, or null. */
  async lookup(username: string, options?: CallOptions): Promise<string | null> {
    const response = await call(
      this.#transport,
      { method: "GET", path: "/link/admin/lookup", query: { username }, model: "AdminLinkUserLookupResponse", envelope: false, operationName: "auth.admin.links.lookup" },
      options,
    );
    return response.success ? (response.person_id ?? null) : null;
  }

  /** Links a user to a Person (ownership is not checked). BadRequestError (400) if linked and not `force`. */
  async assign(link: AdminAssignLink, options?: CallOptions): Promise<void> {
    await call(
      this.#transport,
      {
        method: "POST",
        path: "/link/admin/assign",
        json: { username: link.username, person_id: link.personId, force: link.force, validate_item: link.validateItem },
        model: "AdminLinkUserAssignResponse",
        envelope: false,
        operationName: "auth.admin.links.assign",
      },
      options,
    );
  }

  /** Removes a user's link (fine if there was none). */
  async clear(username: string, options?: CallOptions): Promise<void> {
    await call(
      this.#transport,
      { method: "DELETE", path: "/link/admin/clear", query: { username }, model: "AdminLinkUserClearResponse", envelope: false, operationName: "auth.admin.links.clear" },
      options,
    );
  }

  /** Every username linked to `personId`. */
  async reverseLookup(personId: string, options?: CallOptions): Promise<string[]> {
    const response = await call(
      this.#transport,
      { method: "GET", path: "/link/admin/reverse_lookup", query: { person_id: personId }, model: "UserLinkReverseLookupResponse", envelope: false, operationName: "auth.admin.links.reverseLookup" },
      options,
    );
    return response.usernames;
  }
}
