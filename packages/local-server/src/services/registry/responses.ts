// Reply builders shared by the registry handlers: the status envelope, typed replies through
// the explicit-null serialiser, and the fixed error details.
import type { RegistryModelName } from "@provena-sdk/models/registry";
import { detailReply, jsonReply, type Reply } from "../../http/reply.js";
import { serialise } from "./serialise.js";

export const status = (success: boolean, details: string): { success: boolean; details: string } => ({ success, details });

/** A 200 typed as response model `model` (optional fields as explicit null). */
export const typedReply = (model: RegistryModelName, body: Record<string, unknown>): Reply => jsonReply(200, serialise(model, body));

/** A 200 `{status: {success: false, details}}` soft failure, typed as `model`. */
export const softFailure = (model: RegistryModelName, details: string): Reply => typedReply(model, { status: status(false, details) });

export const statusReply = (success: boolean, details: string): Reply => typedReply("StatusResponse", { status: status(success, details) });

export const DETAILS = {
  locked: "Cannot perform this action as the resource is locked.",
  linkRequired: "In order to perform this operation you must link your User account to a Person in the registry.",
  noEmail: "User does not have an email address. An email address is required to create registry items; add one to your account.",
} as const;

export const badRequest = (detail: string): Reply => detailReply(400, detail);
export const unauthorised = (detail: string): Reply => detailReply(401, detail);

export const notInLockTable = (id: string): Reply =>
  badRequest(`Failed to check if locked. Error: Item with id ${id} was not found in the lock table.`);
