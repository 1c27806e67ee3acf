// Clients of chosen subtypes only: `createSubtypeClients({ domain, tokenProvider, subtypes: {
// organisation } })`. Each definition names its own models, so a browser bundle keeps only the
// models (and actions) of the subtypes passed; RegistryClient, which builds all ten, is not
// pulled in. The clients are the ones RegistryClient has, typed the same way.
import type { Transport, TransportOptions } from "@provena-sdk/http-core";
import { createTransport } from "@provena-sdk/http-core";
import type { ActivityJobs } from "@provena-sdk/jobs";
import { createContext } from "./context.js";
import { createSubtypeClient } from "./subtypes/create-subtype-client.js";
import type { SubtypeDefinition } from "./subtypes/definitions.js";
import type { SubtypeClient } from "./subtypes/types.js";

/** Subtype definitions from `@provena-sdk/registry/subtypes`, under the names the clients get. */
export type SubtypeDefinitions = Readonly<Record<string, SubtypeDefinition>>;

/** One client per definition passed, under the same name: `{ organisation }` gives `.organisation`. */
export type SubtypeClients<S extends SubtypeDefinitions> = { readonly [P in keyof S]: SubtypeClient<S[P]["key"]> };

/** What `createSubtypeClients` takes besides the transport options. */
export interface SubtypeClientsBase<S extends SubtypeDefinitions> {
  /** The subtypes to build clients for, e.g. `{ organisation, person }`. */
  readonly subtypes: S;
  /** As RegistryClientOptions.validateRequests (default true). */
  readonly validateRequests?: boolean | undefined;
  /** How `{ wait: true }` waits for jobs. Default: `activityJobs(transport)` from @provena-sdk/jobs (the Job API on the same transport). */
  readonly jobs?: ActivityJobs | undefined;
}

/** Either transport options (a transport is made) or an existing `transport` to share. */
export type SubtypeClientsOptions<S extends SubtypeDefinitions> = SubtypeClientsBase<S> &
  (
    | TransportOptions
    | {
        /** A transport to share (e.g. with a RegistryClient or other service clients) instead of making one. */
        readonly transport: Transport;
      }
  );

/** Clients of the given subtypes only, on a transport of their own or the one passed. */
export function createSubtypeClients<S extends SubtypeDefinitions>(options: SubtypeClientsOptions<S>): SubtypeClients<S> {
  const { subtypes, validateRequests, jobs, ...rest } = options;
  const transport = "transport" in rest ? rest.transport : createTransport(rest);
  const context = createContext({ transport, validateRequests, jobs });
  // Own properties only (fromEntries defines them), so a name such as `__proto__` stays a name.
  return Object.fromEntries(Object.entries(subtypes).map(([name, definition]) => [name, createSubtypeClient(context, definition)])) as SubtypeClients<S>;
}
