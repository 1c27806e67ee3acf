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

export class RegistryClient {
  readonly organisation: SubtypeClient<"organisation">;
  readonly person: SubtypeClient<"person">;
  readonly model: SubtypeClient<"model">;
  /** MODEL_RUN_WORKFLOW_TEMPLATE. */
  readonly workflowTemplate: SubtypeClient<"workflowTemplate">;
  readonly datasetTemplate: SubtypeClient<"datasetTemplate">;
  readonly dataset: SubtypeClient<"dataset">;
  readonly study: SubtypeClient<"study">;
  /** The CREATE activity items (read-only): what `activity.activityId` of a create names. */
  readonly createActivity: SubtypeClient<"createActivity">;
  /** The VERSION activity items (read-only): what `activity.activityId` of a version names. */
  readonly versionActivity: SubtypeClient<"versionActivity">;
  readonly modelRun: SubtypeClient<"modelRun">;
  readonly general: GeneralClient;
  readonly admin: AdminClient;
  readonly transport: Transport;

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
