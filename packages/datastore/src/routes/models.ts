// The schema and TypeScript type of each route's response, read off the route table.
import type { ResponseSchema, ValidationMode } from "@provena-sdk/http-core";
import type { DatastoreModelName, DatastoreModelSet } from "@provena-sdk/models/datastore";
import { DatastoreModels } from "@provena-sdk/models/datastore";
import * as z from "zod/mini";
import type { ResponseModel, RouteName } from "./table.js";
import { DATASTORE_ROUTES } from "./table.js";
import { LOCAL_ENDPOINT_FIELD, LOCAL_REGION_FIELD } from "../credentials/local-endpoint.js";

/** The TypeScript type of a generated data store model. */
export type ModelType<N extends DatastoreModelName> = DatastoreModelSet[N] extends z.ZodMiniType<infer T> ? T : never;

type UntypedResponses = {
  "untyped-object": Record<string, unknown>;
  "string-record": Record<string, string>;
  "string-array": string[];
  null: null;
};

type ResponseType<M extends ResponseModel> = M extends DatastoreModelName ? ModelType<M> : M extends keyof UntypedResponses ? UntypedResponses[M] : never;

/** What route `R` answers with. */
export type ResponseOf<R extends RouteName> = ResponseType<(typeof DATASTORE_ROUTES)[R]["response"]>;

/** What route `R` takes as a JSON body (never for routes without one). */
export type RequestOf<R extends RouteName> = (typeof DATASTORE_ROUTES)[R] extends {
  /** The name of the route's request model (see {@link RouteEntry.request}). */
  request: infer N extends DatastoreModelName;
}
  ? ModelType<N>
  : never;

// Upstream's untyped routes (no response model): the shapes behaviour.md §3.1 gives.
const UNTYPED: Record<Exclude<ResponseModel, DatastoreModelName>, z.ZodMiniType> = {
  "untyped-object": z.record(z.string(), z.unknown()),
  "string-record": z.record(z.string(), z.string()),
  "string-array": z.array(z.string()),
  null: z.null(),
};

// Fields the local server adds to a model (real deployments omit them), so strict mode accepts them.
const LOCAL_EXTENSIONS: Partial<Record<DatastoreModelName, z.core.$ZodShape>> = {
  CredentialResponse: { [LOCAL_ENDPOINT_FIELD]: z.optional(z.nullable(z.string())), [LOCAL_REGION_FIELD]: z.optional(z.nullable(z.string())) },
};

export function responseSchema<R extends RouteName>(route: R): ResponseSchema<ResponseOf<R>> {
  const model: ResponseModel = DATASTORE_ROUTES[route].response;
  if (model in UNTYPED) return UNTYPED[model as keyof typeof UNTYPED] as z.ZodMiniType<ResponseOf<R>>;
  const name = model as DatastoreModelName;
  const extension = LOCAL_EXTENSIONS[name];
  return (mode: ValidationMode) => {
    const schema = DatastoreModels.get(mode)[name] as unknown as z.ZodMiniType<ResponseOf<R>>;
    return (extension === undefined ? schema : z.extend(schema as unknown as z.ZodMiniObject, extension)) as z.ZodMiniType<ResponseOf<R>>;
  };
}
