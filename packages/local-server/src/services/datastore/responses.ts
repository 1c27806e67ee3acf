// Reply builders of the data store: typed answers as pydantic serialises them (unset optional
// fields as explicit null, at every depth) and the FastAPI error shapes.
import type * as z from "zod/mini";
import { DatastoreModels, type DatastoreModelName } from "@provena-sdk/models/datastore";
import { detailReply, jsonReply, type Reply } from "../../http/reply.js";
import { serialiseWith } from "../registry/serialise.js";

export const status = (success: boolean, details: string): { success: boolean; details: string } => ({ success, details });

/** A 200 typed as the data store response model `model`. */
export function typedReply(model: DatastoreModelName, body: Record<string, unknown>): Reply {
  const schema = (DatastoreModels.lenient as unknown as Record<string, z.core.$ZodType>)[model] as z.core.$ZodType;
  return jsonReply(200, serialiseWith(schema, body));
}

export const badRequest = (detail: string): Reply => detailReply(400, detail);
export const unauthorised = (detail: string): Reply => detailReply(401, detail);
export const forbidden = (detail: string): Reply => detailReply(403, detail);
export const serverError = (detail: string): Reply => detailReply(500, detail);

/** The `detail` of an error reply (or a placeholder), as upstream quotes registry errors. */
export function detailOf(reply: Reply): string {
  const detail = (reply.json as { detail?: unknown } | undefined)?.detail;
  return typeof detail === "string" ? detail : detail === undefined ? "Unknown" : JSON.stringify(detail);
}
