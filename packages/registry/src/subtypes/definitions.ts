// One definition per subtype: its SUBTYPE_TABLE row and the models its routes answer with, as
// direct references. A program that builds only the subtypes it uses (`createSubtypeClients`)
// bundles only their models; `RegistryClient` builds all ten. Exported at
// `@provena-sdk/registry/subtypes`, named as the RegistryClient properties.
import type { Model } from "@provena-sdk/http-core";
import * as m from "@provena-sdk/models/registry";
import type { RouteScope } from "./route-scope.js";
import { reviewingActions } from "./reviewing-action.js";
import type { SUBTYPE_TABLE, SubtypeKey } from "./table.js";
import * as rows from "./table.js";
import type { ReviewingActions } from "./types.js";

/** The models a subtype's routes use (seed/create answers only where it has those routes). */
export interface SubtypeModels {
  /** The body of create/update/validate, checked before sending. */
  readonly domainInfo: Model<unknown>;
  /** The domain info model's name, as RequestValidationError reports it (e.g. "PersonDomainInfo"). */
  readonly domainInfoName: string;
  /** The answer of `fetch`. */
  readonly fetchResponse: Model<unknown>;
  /** The answer of `list` (one page). */
  readonly listResponse: Model<unknown>;
  /** The answer of `seed`; only on subtypes with write routes. */
  readonly seedResponse?: Model<unknown> | undefined;
  /** The answer of `create`; only on subtypes with write routes. */
  readonly createResponse?: Model<unknown> | undefined;
}

/** What `createSubtypeClients` builds a subtype client from. */
export interface SubtypeDefinition<K extends SubtypeKey = SubtypeKey> {
  /** The RegistryClient property this subtype is (`organisation`, `workflowTemplate`, …). */
  readonly key: K;
  /** Its SUBTYPE_TABLE row: subtype, route prefix, route set, version route. */
  readonly entry: (typeof SUBTYPE_TABLE)[K];
  /** The models its routes answer with. */
  readonly models: SubtypeModels;
  /** The release-review listing, on the subtypes whose row has `releaseReviews` (its models come with it). */
  readonly reviewing?: ((scope: RouteScope) => ReviewingActions) | undefined;
}

// The row comes in as its own constant (not `SUBTYPE_TABLE[key]`), so the other rows are not bundled.
function define<K extends SubtypeKey>(key: K, entry: (typeof SUBTYPE_TABLE)[K], models: SubtypeModels, extra: Pick<SubtypeDefinition, "reviewing"> = {}): SubtypeDefinition<K> {
  return { key, entry, models, ...extra };
}

/** ORGANISATION (agent). */
export const organisation = /* @__PURE__ */ define("organisation", rows.organisation, {
  domainInfo: m.OrganisationDomainInfoSchema,
  domainInfoName: "OrganisationDomainInfo",
  fetchResponse: m.OrganisationFetchResponseSchema,
  listResponse: m.OrganisationListResponseSchema,
  seedResponse: m.OrganisationSeedResponseSchema,
  createResponse: m.OrganisationCreateResponseSchema,
});

/** PERSON (agent). */
export const person = /* @__PURE__ */ define("person", rows.person, {
  domainInfo: m.PersonDomainInfoSchema,
  domainInfoName: "PersonDomainInfo",
  fetchResponse: m.PersonFetchResponseSchema,
  listResponse: m.PersonListResponseSchema,
  seedResponse: m.PersonSeedResponseSchema,
  createResponse: m.PersonCreateResponseSchema,
});

/** MODEL (entity, versioned). */
export const model = /* @__PURE__ */ define("model", rows.model, {
  domainInfo: m.ModelDomainInfoSchema,
  domainInfoName: "ModelDomainInfo",
  fetchResponse: m.ModelFetchResponseSchema,
  listResponse: m.ModelListResponseSchema,
  seedResponse: m.ModelSeedResponseSchema,
  createResponse: m.ModelCreateResponseSchema,
});

/** MODEL_RUN_WORKFLOW_TEMPLATE (entity, versioned). */
export const workflowTemplate = /* @__PURE__ */ define("workflowTemplate", rows.workflowTemplate, {
  domainInfo: m.ModelRunWorkflowTemplateDomainInfoSchema,
  domainInfoName: "ModelRunWorkflowTemplateDomainInfo",
  fetchResponse: m.ModelRunWorkflowTemplateFetchResponseSchema,
  listResponse: m.ModelRunWorkflowTemplateListResponseSchema,
  seedResponse: m.ModelRunWorkflowTemplateSeedResponseSchema,
  createResponse: m.ModelRunWorkflowTemplateCreateResponseSchema,
});

/** DATASET_TEMPLATE (entity, versioned). */
export const datasetTemplate = /* @__PURE__ */ define("datasetTemplate", rows.datasetTemplate, {
  domainInfo: m.DatasetTemplateDomainInfoSchema,
  domainInfoName: "DatasetTemplateDomainInfo",
  fetchResponse: m.DatasetTemplateFetchResponseSchema,
  listResponse: m.DatasetTemplateListResponseSchema,
  seedResponse: m.DatasetTemplateSeedResponseSchema,
  createResponse: m.DatasetTemplateCreateResponseSchema,
});

/** DATASET (entity, versioned; writes through the data store's proxy routes). */
export const dataset = /* @__PURE__ */ define("dataset", rows.dataset, {
  domainInfo: m.DatasetDomainInfoSchema,
  domainInfoName: "DatasetDomainInfo",
  fetchResponse: m.DatasetFetchResponseSchema,
  listResponse: m.DatasetListResponseSchema,
  seedResponse: m.DatasetSeedResponseSchema,
  createResponse: m.DatasetCreateResponseSchema,
}, { reviewing: reviewingActions });

/** STUDY (activity). */
export const study = /* @__PURE__ */ define("study", rows.study, {
  domainInfo: m.StudyDomainInfoSchema,
  domainInfoName: "StudyDomainInfo",
  fetchResponse: m.StudyFetchResponseSchema,
  listResponse: m.StudyListResponseSchema,
  seedResponse: m.StudySeedResponseSchema,
  createResponse: m.StudyCreateResponseSchema,
});

/** CREATE activity items (read-only). */
export const createActivity = /* @__PURE__ */ define("createActivity", rows.createActivity, {
  domainInfo: m.CreateDomainInfoSchema,
  domainInfoName: "CreateDomainInfo",
  fetchResponse: m.CreateFetchResponseSchema,
  listResponse: m.CreateListResponseSchema,
});

/** VERSION activity items (read-only). */
export const versionActivity = /* @__PURE__ */ define("versionActivity", rows.versionActivity, {
  domainInfo: m.VersionDomainInfoSchema,
  domainInfoName: "VersionDomainInfo",
  fetchResponse: m.VersionFetchResponseSchema,
  listResponse: m.VersionListResponseSchema,
});

/** MODEL_RUN (activity; writes through the prov service's proxy routes). */
export const modelRun = /* @__PURE__ */ define("modelRun", rows.modelRun, {
  domainInfo: m.ModelRunDomainInfoSchema,
  domainInfoName: "ModelRunDomainInfo",
  fetchResponse: m.ModelRunFetchResponseSchema,
  listResponse: m.ModelRunListResponseSchema,
  seedResponse: m.ModelRunSeedResponseSchema,
  createResponse: m.ModelRunCreateResponseSchema,
});
