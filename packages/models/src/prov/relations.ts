// Upstream's PROV-O relation vocabulary (`ProvORelationType`): the link types of the lineage
// graph. The OpenAPI document never names it (explore types its graph as a free dict), so it is
// written here once, for the local server that writes links and the SDK that reads them.

/** Every PROV-O relation name a lineage link may carry, in upstream's order. */
export const PROV_RELATION_TYPES = [
  "wasDerivedFrom",
  "wasInfluencedBy",
  "wasRevisionOf",
  "wasQuotedFrom",
  "hadPrimarySource",
  "hadMember",
  "alternateOf",
  "specializationOf",
  "wasGeneratedBy",
  "used",
  "wasInvalidatedBy",
  "wasAttributedTo",
  "wasInformedBy",
  "wasAssociatedWith",
  "actedOnBehalfOf",
] as const;

/** One of {@link PROV_RELATION_TYPES}. */
export type ProvORelationType = (typeof PROV_RELATION_TYPES)[number];
