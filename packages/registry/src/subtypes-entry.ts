/**
 * One definition per registry subtype, for `createSubtypeClients`. Import only the ones a program
 * uses: each brings only its own models.
 *
 * @module @provena-sdk/registry/subtypes
 */
export { organisation, person, model, workflowTemplate, datasetTemplate, dataset, study, createActivity, versionActivity, modelRun } from "./subtypes/definitions.js";
export type { SubtypeDefinition, SubtypeModels } from "./subtypes/definitions.js";
