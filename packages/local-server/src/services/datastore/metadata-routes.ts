// `/metadata/*` (behaviour.md §3.2): validation of a collection format with the mint's three
// checks, answered as a bare `Status`, and the collection format's JSON schema.
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { jsonReply, type Reply } from "../../http/reply.js";
import { validationReply } from "../common/fastapi-422.js";
import { readJson } from "../common/request-body.js";
import type { OperationHandler, OperationRequest } from "../handler.js";
import { DOMAIN_INFO_SCHEMAS } from "../registry/domain-schemas.generated.js";
import { fieldProblem, parseCollectionFormat } from "./collection-format.js";
import { registryValidationProblem } from "./registry-calls.js";
import { status } from "./responses.js";

export async function validateMetadata({ http, context }: OperationRequest<AuthenticatedUser>): Promise<Reply> {
  const raw = await readJson(http);
  if (!raw.ok) return raw.reply;
  const parsed = parseCollectionFormat(raw.value);
  if (!parsed.ok) return validationReply(parsed.issues);
  const problem = fieldProblem(parsed.value);
  if (problem !== undefined) return jsonReply(200, status(false, `Failed field value validation. Error: ${problem}`));
  const remote = registryValidationProblem(context, parsed.value);
  if (!remote.ok) return remote.reply;
  if (remote.value !== undefined) return jsonReply(200, status(false, `Registry API responded with an error during validation, error: ${remote.value}.`));
  return jsonReply(200, status(true, "Metadata is valid."));
}

type JsonSchema = Record<string, unknown> & { definitions?: Record<string, Record<string, unknown>> };

/** pydantic's schema of `CollectionFormat`: the dataset domain info's definition, with the definitions it uses. */
export function collectionFormatSchema(): JsonSchema {
  const dataset = DOMAIN_INFO_SCHEMAS.DATASET as JsonSchema;
  const definitions = { ...(dataset.definitions ?? {}) };
  const root = definitions.CollectionFormat ?? {};
  delete definitions.CollectionFormat;
  // Only the definitions the collection format reaches (not the domain info's own).
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== "object" || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        const name = value.replace("#/definitions/", "");
        if (!used.has(name) && definitions[name] !== undefined) {
          used.add(name);
          visit(definitions[name]);
        }
      } else visit(value);
    }
  };
  visit(root);
  return { ...root, definitions: Object.fromEntries([...used].sort().map((name) => [name, definitions[name] ?? {}])) };
}

export const datasetSchema: OperationHandler<AuthenticatedUser> = () => jsonReply(200, { json_schema: collectionFormatSchema() });
