// Validates a response body against the 200 schema search.json declares for an operation.
// Optional properties also accept null: upstream serialises unset optionals as explicit null
// (behaviour.md §1.1) while pydantic v1's OpenAPI output only marks them not-required.
import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";

type Json = Record<string, unknown>;

const SPEC_URL = new URL("../../../specs/provena/search.json", import.meta.url);

function nullableOptionals(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(nullableOptionals);
  if (typeof schema !== "object" || schema === null) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema as Json)) out[key] = nullableOptionals(value);
  const properties = out.properties as Json | undefined;
  if (properties !== undefined) {
    const required = new Set((out.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries(properties)) {
      if (!required.has(name)) properties[name] = { anyOf: [property, { type: "null" }] };
    }
  }
  return out;
}

const spec = nullableOptionals(JSON.parse(readFileSync(SPEC_URL, "utf8"))) as Json;
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema(spec, "search.json");

const cache = new Map<string, ValidateFunction>();

/** Errors (empty when valid) of `body` against the operation's 200 response schema. */
export function searchResponseErrors(method: string, path: string, body: unknown): string[] {
  const key = `${method.toLowerCase()} ${path}`;
  let validate = cache.get(key);
  if (validate === undefined) {
    const pointer = `search.json#/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/${method.toLowerCase()}/responses/200/content/application~1json/schema`;
    validate = ajv.getSchema(pointer);
    if (validate === undefined) throw new Error(`No 200 schema for ${key} in search.json`);
    cache.set(key, validate);
  }
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}
