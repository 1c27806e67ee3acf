// Types per subtype, derived from the table and the generated models (never written out per
// subtype): `ItemOf<"person">` is `ItemPerson`, `DomainInfoOf<"person">` is `PersonDomainInfo`.
import type { RegistryModelName, RegistryModelSet, REGISTRY_SUBTYPE_MODELS } from "@provena-sdk/models/registry";
import type * as z from "zod/mini";
import type { SUBTYPE_TABLE, SubtypeKey } from "./table.js";

/** The TypeScript type of a generated registry model. */
export type ModelType<N extends RegistryModelName> = RegistryModelSet[N] extends z.ZodMiniType<infer T> ? T : never;

type ModelNamesOf<K extends SubtypeKey> = (typeof REGISTRY_SUBTYPE_MODELS)[(typeof SUBTYPE_TABLE)[K]["subtype"]];

/** The complete item of a subtype, e.g. `ItemPerson`. */
export type ItemOf<K extends SubtypeKey> = ModelType<ModelNamesOf<K>["item"]>;
/** The body of create/update/validate for a subtype, e.g. `PersonDomainInfo`. */
export type DomainInfoOf<K extends SubtypeKey> = ModelType<ModelNamesOf<K>["domainInfo"]>;
