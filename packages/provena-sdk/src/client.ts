// createProvenaClient: one transport and one token provider behind every service client, each
// built on first use.
import { decodeClaims } from "@provena-sdk/auth-core";
import { AuthClient } from "@provena-sdk/auth";
import { DatastoreClient, type DatastoreClientOptions } from "@provena-sdk/datastore";
import { HandleClient } from "@provena-sdk/handle";
import { createTransport, type TokenProvider, type Transport, type TransportOptions } from "@provena-sdk/http-core";
import { NoCredentialsError } from "./errors.js";
import { JobsClient } from "@provena-sdk/jobs";
import { ProvClient, type ProvClientOptions } from "@provena-sdk/prov";
import { RegistryClient, type RegistryClientOptions } from "@provena-sdk/registry";
import { SearchClient } from "@provena-sdk/search";
import { resolveSettings, type CredentialOptions, type CredentialSource, type FileLayer } from "./settings.js";

/**
 * Options of {@link ProvenaClient} and {@link createProvenaClient}: where the credentials come from
 * (see {@link CredentialOptions}), the shared transport's options, and per-service client options.
 */
export interface ProvenaClientOptions extends CredentialOptions, Omit<TransportOptions, "domain" | "tokenProvider" | "fetch"> {
  /** Registry client options (`validateRequests`). */
  readonly registry?: Omit<RegistryClientOptions, "transport" | "jobs"> | undefined;
  /** Data Store client options (`validateRequests`). */
  readonly datastore?: Omit<DatastoreClientOptions, "transport" | "jobs"> | undefined;
  /** Provenance client options (`validateRequests`). */
  readonly prov?: Omit<ProvClientOptions, "transport" | "jobs"> | undefined;
}

/** Who the client acts as. */
export interface WhoAmI {
  /** The token's `preferred_username`, if it has one. */
  readonly username: string | undefined;
  /** The token's `email`, if it has one. */
  readonly email: string | undefined;
  /** The realm roles in the access token. */
  readonly roles: readonly string[];
  /** The registry Person linked to this user (auth API), or undefined when none is linked. */
  readonly person:
    | {
        /** The Person's registry id. */
        readonly id: string;
        /** The Person's `display_name`. */
        readonly displayName: string | undefined;
      }
    | undefined;
  /** Where the credentials came from in the chain. */
  readonly source: CredentialSource;
}

/**
 * One client over every Provena service, sharing one transport and one token provider. The service
 * clients (`registry`, `datastore`, `prov`, `search`, `auth`, `jobs`, `handle`) are made on first use.
 * Credentials come from the first layer that has them: options, environment variables, the config
 * file `login()` wrote (with `provena-sdk/node`), or `local`.
 */
export class ProvenaClient {
  /** The one transport every service client shares. */
  readonly transport: Transport;
  /** Where the token provider came from: options, env, config-file, local, or none. */
  readonly credentialSource: CredentialSource;
  readonly #options: ProvenaClientOptions;
  readonly #tokenProvider: TokenProvider | undefined;
  readonly #made = new Map<string, unknown>();

  constructor(options: ProvenaClientOptions = {}, file?: FileLayer) {
    const settings = resolveSettings(options, file);
    const { registry: _r, datastore: _d, prov: _p, auth: _a, local: _l, env: _e, realm: _rl, clientId: _c, offlineToken: _o, accessToken: _t, ...transportOptions } = options;
    this.transport = createTransport({
      ...transportOptions,
      domain: settings.endpoints === undefined ? settings.domain : undefined,
      endpoints: { ...settings.endpoints, ...options.endpoints },
      tokenProvider: settings.tokenProvider,
    });
    this.credentialSource = settings.tokenSource;
    this.#tokenProvider = settings.tokenProvider;
    this.#options = options;
  }

  #once<T>(key: string, make: () => T): T {
    if (this.#made.has(key)) return this.#made.get(key) as T;
    const made = make();
    this.#made.set(key, made);
    return made;
  }

  /** The Job API client. */
  get jobs(): JobsClient {
    return this.#once("jobs", () => new JobsClient({ transport: this.transport }));
  }
  /** The Registry client (its activity waits use this client's `jobs`). */
  get registry(): RegistryClient {
    return this.#once("registry", () => new RegistryClient({ ...this.#options.registry, transport: this.transport, jobs: this.jobs }));
  }
  /** The Data Store client. */
  get datastore(): DatastoreClient {
    return this.#once("datastore", () => new DatastoreClient({ ...this.#options.datastore, transport: this.transport, jobs: this.jobs }));
  }
  /** The Provenance client. */
  get prov(): ProvClient {
    return this.#once("prov", () => new ProvClient({ ...this.#options.prov, transport: this.transport, jobs: this.jobs }));
  }
  /** The Search client. */
  get search(): SearchClient {
    return this.#once("search", () => new SearchClient({ transport: this.transport }));
  }
  /** The Auth API client. */
  get auth(): AuthClient {
    return this.#once("auth", () => new AuthClient({ transport: this.transport }));
  }
  /** The ID service (handle) client. */
  get handle(): HandleClient {
    return this.#once("handle", () => new HandleClient({ transport: this.transport }));
  }

  /** The user (from the access token), their realm roles, and the Person linked to them. */
  async whoami(options: { signal?: AbortSignal } = {}): Promise<WhoAmI> {
    const provider = this.#tokenProvider;
    if (provider === undefined) throw new NoCredentialsError();
    const claims = decodeClaims(await provider.getToken({ signal: options.signal }));
    const personId = await this.auth.links.lookup(undefined, { signal: options.signal });
    let person: WhoAmI["person"];
    if (personId !== null) {
      const { item } = await this.registry.person.fetch(personId, { signal: options.signal });
      person = { id: personId, displayName: item.display_name };
    }
    return { username: claims.username, email: claims.email, roles: claims.roles, person, source: this.credentialSource };
  }
}

/** One client over every Provena service: `createProvenaClient({ domain, realm, auth })`. */
export function createProvenaClient(options: ProvenaClientOptions = {}): ProvenaClient {
  return new ProvenaClient(options);
}
