// Checks response bodies against specs/provena/registry.json: the schema the spec gives for
// the operation and status (refs resolved by ajv inside the document), or FastAPI's
// `{detail: string}` for the statuses the spec leaves undocumented (400/401/403).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsImport from "ajv-formats";

interface Operation {
  responses: Record<string, { content?: { "application/json"?: { schema?: Record<string, unknown> } } }>;
}

const specPath = fileURLToPath(new URL("../../../../specs/provena/registry.json", import.meta.url));
const spec = JSON.parse(readFileSync(specPath, "utf8")) as { paths: Record<string, Record<string, Operation>> };

const ajv = new Ajv({ strict: false, allErrors: true });
// ajv-formats is CommonJS; its default export arrives as a namespace under some loaders.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (a: Ajv) => void;
addFormats(ajv);
ajv.addSchema(spec, "registry.json");

const DETAIL_SCHEMA = { type: "object", required: ["detail"], properties: { detail: { type: "string" } } };
const compiled = new Map<string, ValidateFunction>();

function validatorFor(method: string, path: string, status: number): ValidateFunction {
  const key = `${method} ${path} ${status}`;
  let validate = compiled.get(key);
  if (validate !== undefined) return validate;
  const operation = spec.paths[path]?.[method.toLowerCase()];
  if (operation === undefined) throw new Error(`No operation ${method} ${path} in registry.json`);
  const documented = operation.responses[String(status)];
  if (documented === undefined) {
    if (status === 200) throw new Error(`The spec documents no 200 for ${method} ${path}`);
    validate = ajv.compile(DETAIL_SCHEMA);
  } else {
    const schema = documented.content?.["application/json"]?.schema ?? {};
    const ref = `registry.json#/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
    validate = Object.keys(schema).length === 0 ? ajv.compile({}) : ajv.compile({ $ref: ref });
  }
  compiled.set(key, validate);
  return validate;
}

/** Throws with ajv's errors when `body` does not match the spec for (method, path, status). */
export function assertMatchesSpec(method: string, path: string, status: number, body: unknown): void {
  const validate = validatorFor(method, path, status);
  if (!validate(body)) {
    throw new Error(`Response of ${method} ${path} (${status}) does not match the spec: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 2000)}`);
  }
}
