// `/link/user/*`: the caller's link to a registry Person.
import type { Transport } from "@provena-sdk/http-core";
import { LinkValidationError } from "./errors.js";
import { call, type CallOptions } from "./request.js";

/**
 * The caller's link to a registry Person (`/link/user/*`): look it up, assign it once, validate it.
 * Reached as `auth.links`.
 */
export class LinksClient {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /** The Person id linked to `username` (default: the caller), or null when there is none. */
  async lookup(username?: string, options?: CallOptions): Promise<string | null> {
    const response = await call(
      this.#transport,
      { method: "GET", path: "/link/user/lookup", query: { username }, model: "UserLinkUserLookupResponse", envelope: false, operationName: "auth.links.lookup" },
      options,
    );
    return response.success ? (response.person_id ?? null) : null;
  }

  /**
   * Links the caller to a Person they own. BadRequestError (400) if already linked (only an
   * admin can change a link); UnauthorizedError (401) if the caller does not own the Person.
   */
  async assign(personId: string, options?: CallOptions): Promise<void> {
    await call(
      this.#transport,
      { method: "POST", path: "/link/user/assign", json: { person_id: personId }, model: "UserLinkUserAssignResponse", envelope: false, operationName: "auth.links.assign" },
      options,
    );
  }

  /** Runs `assign`'s checks without linking; LinkValidationError says why it would fail. */
  async validate(personId: string, options?: CallOptions): Promise<void> {
    await call(
      this.#transport,
      {
        method: "POST",
        path: "/link/user/validate",
        json: { person_id: personId },
        model: "UserLinkUserValidateResponse",
        operationName: "auth.links.validate",
        onSoftFailure: (details, cause) => new LinkValidationError(personId, details, { cause }),
      },
      options,
    );
  }
}
