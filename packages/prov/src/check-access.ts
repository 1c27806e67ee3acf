// The prov API's /check-access routes: each echoes the caller when the token holds the route's
// roles (401 otherwise), so a caller can see what it may do before trying.
import type { User } from "@provena-sdk/http-core";
import type { ProvContext, SignalOption } from "./context.js";
import { call } from "./context.js";
import { ProvModels } from "./models.js";

/**
 * The prov API's `/check-access` routes: each resolves with the caller (as the API sees the
 * token) when the token holds the route's roles, and rejects with a 401 error otherwise.
 */
export interface CheckAccessClient {
  /** Any valid token. */
  general(options?: SignalOption): Promise<User>;
  /** entity-registry-read. */
  read(options?: SignalOption): Promise<User>;
  /** entity-registry-read and -write. */
  write(options?: SignalOption): Promise<User>;
  /** entity-registry-read, -write and -admin. */
  admin(options?: SignalOption): Promise<User>;
}

export function createCheckAccessClient(context: ProvContext): CheckAccessClient {
  const check = (kind: "general" | "read" | "write" | "admin") => (options: SignalOption = {}) =>
    call(context, {
      method: "GET",
      path: `/check-access/check-${kind}-access`,
      schema: (mode) => ProvModels.get(mode).User,
      envelope: false,
      signal: options.signal,
      operationName: `prov.checkAccess.${kind}`,
    });
  return { general: check("general"), read: check("read"), write: check("write"), admin: check("admin") };
}
