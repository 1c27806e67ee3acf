// The Job API's request-body models: the shared generated models with pydantic semantics.
import { buildJobsModels } from "@provena-sdk/models/jobs";
import { serverModels } from "../common/server-model-kit.js";

export const jobRequestModels = serverModels(buildJobsModels);
