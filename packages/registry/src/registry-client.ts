// The registry client: one sub-client per subtype (built from the subtype definitions, which
// SUBTYPE_TABLE's rows are part of), plus the general and admin routes. It owns no connection state: everything goes through the given transport.
import type { Transport, TransportOptions } from "@provena-sdk/http-core";
import { checkHealth, createTransport, type HealthOptions, type ServiceHealth } from "@provena-sdk/http-core";
import { createContext } from "./context.js";
import type { AdminClient } from "./general/admin-client.js";
import { createAdminClient } from "./general/admin-client.js";
import type { GeneralClient } from "./general/general-client.js";
import { createGeneralClient } from "./general/general-client.js";
import { createSubtypeClient } from "./subtypes/create-subtype-client.js";
import * as subtypes from "./subtypes/definitions.js";
import type { SubtypeClient } from "./subtypes/types.js";
import type { ActivityJobs } from "@provena-sdk/jobs";

/** Options of {@link RegistryClient}: the transport, plus request checks and how jobs are awaited. */
export interface RegistryClientOptions {
  /** Carries endpoints, auth, retries and the validation mode (see @provena-sdk/http-core). */
  readonly transport: Transport;
  /**
   * Check create/update bodies against the domain-info model (in the transport's validation
   * mode) before sending; a bad field is a RequestValidationError naming it. Default true.
   */
  readonly validateRequests?: boolean | undefined;
  /** How `{ wait: true }` waits for jobs. Default: `activityJobs(transport)` from @provena-sdk/jobs (the Job API on the same transport). */
  readonly jobs?: ActivityJobs | undefined;
}

/**
 * The Registry API client: one typed sub-client per subtype (fetch, list, write, version, access,
 * locks, proxy), each with exactly the actions its routes have, plus the cross-subtype `general`
 * routes and the `admin` routes. To bundle only some subtypes, use {@link createSubtypeClients};
 * for a single action, {@link fetchItem} or {@link listItems}.
 *
 * @example
 * ```ts
 * const registry = createRegistryClient({ domain, tokenProvider });
 * const { item } = await registry.person.fetch("10378.1/1234567");
 * ```
 */
export class RegistryClient {
  /** ORGANISATION items (`/registry/agent/organisation`): seed, create, update, revert; not versioned. */
  readonly organisation: SubtypeClient<"organisation">;
  /** PERSON items (`/registry/agent/person`): seed, create, update, revert; not versioned. `ethics_approved` must be true. */
  readonly person: SubtypeClient<"person">;
  /** MODEL items (`/registry/entity/model`): the STANDARD writes plus `version`. */
  readonly model: SubtypeClient<"model">;
  /** MODEL_RUN_WORKFLOW_TEMPLATE items (`/registry/entity/model_run_workflow`): the STANDARD writes plus `version`. */
  readonly workflowTemplate: SubtypeClient<"workflowTemplate">;
  /** DATASET_TEMPLATE items (`/registry/entity/dataset_template`): the STANDARD writes plus `version`. */
  readonly datasetTemplate: SubtypeClient<"datasetTemplate">;
  /**
   * DATASET items (`/registry/entity/dataset`): read here, plus `reviewing`; written only through
   * the data store (or `proxy(user)` with the `data-store-api` role).
   */
  readonly dataset: SubtypeClient<"dataset">;
  /** STUDY items (`/registry/activity/study`): seed, create, update, revert; not versioned. */
  readonly study: SubtypeClient<"study">;
  /** The CREATE activity items (read-only): what `activity.activityId` of a create names. */
  readonly createActivity: SubtypeClient<"createActivity">;
  /** The VERSION activity items (read-only): what `activity.activityId` of a version names. */
  readonly versionActivity: SubtypeClient<"versionActivity">;
  /** MODEL_RUN items (`/registry/activity/model_run`): read here; written through the prov API (or `proxy(user)` with the `prov-api` role). */
  readonly modelRun: SubtypeClient<"modelRun">;
  /** Routes across subtypes: fetch any item by id, list, count per subtype, version info. */
  readonly general: GeneralClient;
  /** Registry-admin routes: export, import, restore, config and delete of any item. */
  readonly admin: AdminClient;
  /** The transport every call goes through (endpoints, auth, retries, validation mode). */
  readonly transport: Transport;

  /** A client on an existing transport; {@link createRegistryClient} makes one with its own. */
  constructor(options: RegistryClientOptions) {
    const context = createContext(options);
    this.transport = options.transport;
    this.organisation = createSubtypeClient(context, subtypes.organisation);
    this.person = createSubtypeClient(context, subtypes.person);
    this.model = createSubtypeClient(context, subtypes.model);
    this.workflowTemplate = createSubtypeClient(context, subtypes.workflowTemplate);
    this.datasetTemplate = createSubtypeClient(context, subtypes.datasetTemplate);
    this.dataset = createSubtypeClient(context, subtypes.dataset);
    this.study = createSubtypeClient(context, subtypes.study);
    this.createActivity = createSubtypeClient(context, subtypes.createActivity);
    this.versionActivity = createSubtypeClient(context, subtypes.versionActivity);
    this.modelRun = createSubtypeClient(context, subtypes.modelRun);
    this.general = createGeneralClient(context);
    this.admin = createAdminClient(context);
  }

  /** The registry's public health route (`GET /`); sends no token. */
  health(options?: HealthOptions): Promise<ServiceHealth> {
    return checkHealth(this.transport, "registry", options);
  }

  /** The deployed registry's version details (`/registry/general/about/version`). */
  versionInfo(options?: { signal?: AbortSignal }): ReturnType<GeneralClient["versionInfo"]> {
    return this.general.versionInfo(options);
  }
}

/** A client with its own transport: `createRegistryClient({ domain, tokenProvider })`. */
export function createRegistryClient(options: TransportOptions & Omit<RegistryClientOptions, "transport">): RegistryClient {
  const { validateRequests, jobs, ...transportOptions } = options;
  return new RegistryClient({ transport: createTransport(transportOptions), validateRequests, jobs });
}
