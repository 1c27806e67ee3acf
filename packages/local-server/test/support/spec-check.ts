// Checks response bodies against the upstream OpenAPI documents in specs/provena/ with ajv:
// the schema a document gives for (operation, status) with its `$ref`s resolved inside the
// document, or FastAPI's `{detail: string}` for the error statuses it leaves undocumented
// (400/401/403). Formats are checked. Where upstream serialises unset optional fields as
// explicit null (pydantic v1's `.json()`; behaviour.md §1.1), optional properties of the
// components also accept null — the OpenAPI 3.0 output of pydantic v1 cannot say so.
import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsImport from "ajv-formats";

type Json = Record<string, unknown>;

export interface OpenApiDocument {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json> };
}

export type SpecDocument = "registry" | "auth" | "job" | "search" | "data-store" | "id-service" | "prov";

/** Which documents describe bodies whose unset optionals arrive as null. */
const NULL_OPTIONALS: Readonly<Record<SpecDocument, boolean>> = {
  // registry.json already declares `anyOf [..., null]` on its optional fields (typed answers
  // send explicit nulls, behaviour.md §1.1); raw items omit absent keys and are untyped there.
  registry: false,
  auth: true,
  job: true,
  search: true,
  "data-store": true,
  "id-service": true,
  prov: true,
};

const UNDOCUMENTED_ERROR = { type: "object", required: ["detail"], properties: { detail: { type: "string" } }, additionalProperties: false };

// ajv-formats is CommonJS; its default export arrives as a namespace under some loaders.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (a: Ajv) => void;

const documents = new Map<SpecDocument, OpenApiDocument>();

/** The document as published (no null allowances), parsed once. */
export function specDocument(name: SpecDocument): OpenApiDocument {
  let document = documents.get(name);
  if (document === undefined) {
    const url = new URL(`../../../../specs/provena/${name}.json`, import.meta.url);
    document = JSON.parse(readFileSync(url, "utf8")) as OpenApiDocument;
    documents.set(name, document);
  }
  return document;
}

/** A component whose optional (not required) properties also accept null. */
function allowNullOptionals(schema: Json): Json {
  const properties = schema.properties as Record<string, Json> | undefined;
  if (properties === undefined) return schema;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const out: Record<string, Json> = {};
  for (const [name, property] of Object.entries(properties)) out[name] = required.has(name) ? property : { anyOf: [property, { type: "null" }] };
  return { ...schema, properties: out };
}

interface Checker {
  readonly ajv: Ajv;
  readonly validators: Map<string, ValidateFunction>;
}

const checkers = new Map<SpecDocument, Checker>();

function checkerFor(name: SpecDocument): Checker {
  let checker = checkers.get(name);
  if (checker === undefined) {
    const document = specDocument(name);
    const schemas = NULL_OPTIONALS[name]
      ? Object.fromEntries(Object.entries(document.components.schemas).map(([key, schema]) => [key, allowNullOptionals(schema)]))
      : document.components.schemas;
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ ...document, components: { ...document.components, schemas } }, `${name}.json`);
    checker = { ajv, validators: new Map() };
    checkers.set(name, checker);
  }
  return checker;
}

// Built when a suite imports this module, not inside its first request: suites time jobs
// against the server's scheduler (a row must not exist yet), so the first check must be quick.
for (const name of Object.keys(NULL_OPTIONALS) as SpecDocument[]) checkerFor(name);

function validatorFor(name: SpecDocument, method: string, path: string, status: number): { ajv: Ajv; validate: ValidateFunction } {
  const { ajv, validators } = checkerFor(name);
  const verb = method.toLowerCase();
  const key = `${verb} ${path} ${status}`;
  let validate = validators.get(key);
  if (validate === undefined) {
    const operation = specDocument(name).paths[path]?.[verb] as { responses?: Record<string, { content?: Record<string, { schema?: Json }> }> } | undefined;
    if (operation === undefined) throw new Error(`${name}.json has no operation ${method} ${path}`);
    const documented = operation.responses?.[String(status)];
    if (documented === undefined) {
      if (status === 200) throw new Error(`${name}.json documents no 200 for ${method} ${path}`);
      validate = ajv.compile(UNDOCUMENTED_ERROR);
    } else {
      const schema = documented.content?.["application/json"]?.schema ?? {};
      const pointer = `${name}.json#/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/${verb}/responses/${status}/content/application~1json/schema`;
      validate = ajv.compile(Object.keys(schema).length === 0 ? {} : { $ref: pointer });
    }
    validators.set(key, validate);
  }
  return { ajv, validate };
}

/** ajv's errors (empty when valid) of `body` against what `name` says (method, path, status) answers. */
export function responseErrors(name: SpecDocument, method: string, path: string, status: number, body: unknown): string[] {
  const { validate } = validatorFor(name, method, path, status);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}

/** Throws with ajv's errors and the body when `body` does not match the document. */
export function assertMatchesSpec(name: SpecDocument, method: string, path: string, status: number, body: unknown): void {
  const { ajv, validate } = validatorFor(name, method, path, status);
  if (!validate(body)) {
    throw new Error(`Response of ${method} ${path} (${status}) does not match ${name}.json: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 2000)}`);
  }
}

/** The 200 body of a Search API operation; its errors, empty when valid. */
export const searchResponseErrors = (method: string, path: string, body: unknown): string[] => responseErrors("search", method, path, 200, body);
