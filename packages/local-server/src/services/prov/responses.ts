// Prov API replies: typed bodies with optional fields as explicit null (pydantic v1's
// serialisation, behaviour.md §1.1), and the status envelope.
import type * as z from "zod/mini";
import { ProvModels, type ProvModelName } from "@provena-sdk/models/prov";
import { jsonReply, type Reply } from "../../http/reply.js";
import { fillNulls } from "../registry/serialise.js";

export const status = (success: boolean, details: string): { success: boolean; details: string } => ({ success, details });

export const provReply = (model: ProvModelName, body: Record<string, unknown>): Reply =>
  jsonReply(200, fillNulls((ProvModels.lenient as unknown as Record<string, z.core.$ZodType>)[model] as z.core.$ZodType, body));

/** A ModelRunRecord as a typed response carries it (explicit nulls). */
export const recordForReply = (record: unknown): unknown => fillNulls(ProvModels.lenient.ModelRunRecord, record);
