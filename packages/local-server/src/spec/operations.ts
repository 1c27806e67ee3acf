// Typed views over the generated index: keys per service, lookups.
import type { ServiceName } from "@provena-sdk/http-core";
import { OPERATIONS } from "./operations.generated.js";
import type { OperationSpec } from "./operation-spec.js";

export { OPERATIONS };

type Operation = (typeof OPERATIONS)[number];

/** Every operation of service `S`, as its literal index entry. */
export type OperationOf<S extends ServiceName> = Extract<Operation, { service: S }>;

/** `"<METHOD> <path>"` keys of service `S`: handler tables are checked against these. */
export type OperationKey<S extends ServiceName> = OperationOf<S>["key"];

/** The index entry for one key of one service. */
export type OperationFor<S extends ServiceName, K extends string> = Extract<OperationOf<S>, { key: K }>;

export function operationsOf(service: ServiceName): readonly OperationSpec[] {
  return OPERATIONS.filter((op) => op.service === service);
}

export function findOperation(service: ServiceName, key: string): OperationSpec | undefined {
  return OPERATIONS.find((op) => op.service === service && op.key === key);
}
