// Which generated models belong to each registry subtype. The spec names them by convention
// only (`PersonDomainInfo`, `ItemPerson`, …); clients and the local server route on this table.
import type { ItemCategoryValues, RegistryModelName } from "./generated.js";

/** The registry models one subtype's routes use, by role (one row of {@link REGISTRY_SUBTYPE_MODELS}). */
export interface SubtypeModelNames {
  /** The item category the subtype belongs to (`AGENT`, `ENTITY` or `ACTIVITY`), as items carry it in `item_category`. */
  readonly category: (typeof ItemCategoryValues)[number];
  /** The request body of create/update/validate. */
  readonly domainInfo: RegistryModelName;
  /** The complete item as fetched. */
  readonly item: RegistryModelName;
  /** The body of the subtype's `fetch` answer (the item or its seed, the caller's roles on it, whether it is locked). */
  readonly fetchResponse: RegistryModelName;
  /** The body of the subtype's `list` answer (one page of complete, seed and unparsable items). */
  readonly listResponse: RegistryModelName;
}

/**
 * The models of each subtype the registry serves, keyed by `item_subtype`: its category, the
 * domain info its create/update/validate routes take, the item it stores, and the bodies its
 * fetch and list routes answer with.
 */
export const REGISTRY_SUBTYPE_MODELS = {
  ORGANISATION: {
    category: "AGENT",
    domainInfo: "OrganisationDomainInfo",
    item: "ItemOrganisation",
    fetchResponse: "OrganisationFetchResponse",
    listResponse: "OrganisationListResponse",
  },
  PERSON: {
    category: "AGENT",
    domainInfo: "PersonDomainInfo",
    item: "ItemPerson",
    fetchResponse: "PersonFetchResponse",
    listResponse: "PersonListResponse",
  },
  MODEL: {
    category: "ENTITY",
    domainInfo: "ModelDomainInfo",
    item: "ItemModel",
    fetchResponse: "ModelFetchResponse",
    listResponse: "ModelListResponse",
  },
  MODEL_RUN_WORKFLOW_TEMPLATE: {
    category: "ENTITY",
    domainInfo: "ModelRunWorkflowTemplateDomainInfo",
    item: "ItemModelRunWorkflowTemplate",
    fetchResponse: "ModelRunWorkflowTemplateFetchResponse",
    listResponse: "ModelRunWorkflowTemplateListResponse",
  },
  DATASET_TEMPLATE: {
    category: "ENTITY",
    domainInfo: "DatasetTemplateDomainInfo",
    item: "ItemDatasetTemplate",
    fetchResponse: "DatasetTemplateFetchResponse",
    listResponse: "DatasetTemplateListResponse",
  },
  DATASET: {
    category: "ENTITY",
    domainInfo: "DatasetDomainInfo",
    item: "ItemDataset",
    fetchResponse: "DatasetFetchResponse",
    listResponse: "DatasetListResponse",
  },
  STUDY: {
    category: "ACTIVITY",
    domainInfo: "StudyDomainInfo",
    item: "ItemStudy",
    fetchResponse: "StudyFetchResponse",
    listResponse: "StudyListResponse",
  },
  CREATE: {
    category: "ACTIVITY",
    domainInfo: "CreateDomainInfo",
    item: "ItemCreate",
    fetchResponse: "CreateFetchResponse",
    listResponse: "CreateListResponse",
  },
  VERSION: {
    category: "ACTIVITY",
    domainInfo: "VersionDomainInfo",
    item: "ItemVersion",
    fetchResponse: "VersionFetchResponse",
    listResponse: "VersionListResponse",
  },
  MODEL_RUN: {
    category: "ACTIVITY",
    domainInfo: "ModelRunDomainInfo",
    item: "ItemModelRun",
    fetchResponse: "ModelRunFetchResponse",
    listResponse: "ModelRunListResponse",
  },
} as const satisfies Record<string, SubtypeModelNames>;

/** The ten subtypes the registry serves (ItemSubType also lists values no route serves). */
export type RegistrySubtype = keyof typeof REGISTRY_SUBTYPE_MODELS;

/** Every subtype the registry serves, in {@link REGISTRY_SUBTYPE_MODELS} order. */
export const REGISTRY_SUBTYPES = /* @__PURE__ */ Object.keys(REGISTRY_SUBTYPE_MODELS) as RegistrySubtype[];
