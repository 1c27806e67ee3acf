// The dataset metadata (`CollectionFormat`, behaviour.md §3.3) as the data store reads it: the
// shared model with pydantic semantics (unknown keys and empty strings → 422), then what
// upstream's field types and root validators reject on top (→ 422: dates, the licence URL,
// value-iff-relevant dates, the reposited/external access rule, temporal order and resolution,
// spatial resolution), and finally `validate_fields`, the data store's own checks that answer
// as a failed status instead (published ≥ created, the four approvals).
import { safeParse } from "@provena-sdk/http-core";
import { buildDatastoreModels, type CollectionFormat } from "@provena-sdk/models/datastore";
import type { ValidationIssue } from "../../spec/query.js";
import { rootIssue, toValidationIssues } from "../common/fastapi-422.js";
import { serverModels } from "../common/server-model-kit.js";
import { excludeNone } from "../registry/registry-store.js";

export const datastoreRequestModels = serverModels(buildDatastoreModels);

export type CollectionFormatParse = { ok: true; value: CollectionFormat } | { ok: false; issues: ValidationIssue[] };

type Loc = (string | number)[];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date `YYYY-MM-DD` (pydantic's `date`). */
function isDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const dateIssue = (loc: Loc): ValidationIssue => ({ loc, msg: "invalid date format", type: "value_error.date" });

function httpUrlIssue(value: string, loc: Loc): ValidationIssue | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { loc, msg: "invalid or missing URL scheme", type: "value_error.url.scheme" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { loc, msg: "URL scheme not permitted", type: "value_error.url.scheme", ctx: { allowed_schemes: ["http", "https"] } };
  }
  return undefined;
}

// ISO 8601 durations as isodate's parse_duration accepts them (P1Y2M10DT2H30M, P3W, PT0.5S).
const ISO_DURATION = /^P(?!$)(\d+(?:[.,]\d+)?Y)?(\d+(?:[.,]\d+)?M)?(\d+(?:[.,]\d+)?W)?(\d+(?:[.,]\d+)?D)?(T(?=\d)(\d+(?:[.,]\d+)?H)?(\d+(?:[.,]\d+)?M)?(\d+(?:[.,]\d+)?S)?)?$/;

interface OptionalDate {
  readonly relevant?: boolean | null;
  readonly value?: string | null;
}

function optionalDateIssues(date: OptionalDate, loc: Loc): ValidationIssue[] {
  if (typeof date.value === "string" && !isDate(date.value)) return [dateIssue([...loc, "value"])];
  const relevant = date.relevant ?? false;
  const hasValue = date.value !== undefined && date.value !== null;
  if (relevant && !hasValue) return [rootIssue(loc, "Must provide a date if the relevant field is set to True.")];
  if (!relevant && hasValue) return [rootIssue(loc, "Cannot provide a date if the relevant field is set to False.")];
  return [];
}

function accessInfoIssues(access: CollectionFormat["dataset_info"]["access_info"], loc: Loc): ValidationIssue[] {
  const reposited = access.reposited ?? true;
  const uri = access.uri ?? null;
  const description = access.description ?? null;
  if (!reposited) {
    if (uri === null) return [rootIssue(loc, "Must provide a URI for external access if data is not reposited in the Data Store.")];
    if (description === null) return [rootIssue(loc, "Must provide a description for external access if data is not reposited in the Data Store.")];
  } else {
    if (uri !== null) return [rootIssue(loc, "Cannot provide a URI for external access if data is reposited in the Data Store.")];
    if (description !== null) return [rootIssue(loc, "Cannot provide a description for external access if data is reposited in the Data Store.")];
  }
  if (uri !== null && !/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(uri)) return [{ loc: [...loc, "uri"], msg: "invalid or missing URL scheme", type: "value_error.url.scheme" }];
  return [];
}

/** What pydantic's types and validators reject beyond the plain shape, under `base`. */
export function collectionFormatIssues(cf: CollectionFormat, base: Loc = ["body"]): ValidationIssue[] {
  const info = cf.dataset_info;
  const at = (...path: (string | number)[]): Loc => [...base, "dataset_info", ...path];
  const issues: ValidationIssue[] = [
    ...accessInfoIssues(info.access_info, at("access_info")),
    ...optionalDateIssues(info.created_date, at("created_date")),
    ...optionalDateIssues(info.published_date, at("published_date")),
  ];
  const licence = httpUrlIssue(info.license, at("license"));
  if (licence !== undefined) issues.push(licence);
  const resolution = info.spatial_info?.resolution;
  if (typeof resolution === "string") {
    const value = Number(resolution.trim());
    if (resolution.trim() === "" || !Number.isFinite(value) || value <= 0) {
      issues.push({ loc: at("spatial_info", "resolution"), msg: `Invalid spatial resolution. Please provide a positive decimal value (Decimal Degrees); got '${resolution}'.`, type: "value_error" });
    }
  }
  const temporal = info.temporal_info;
  const duration = temporal?.duration;
  if (duration !== undefined && duration !== null) {
    const bad = (["begin_date", "end_date"] as const).filter((key) => !isDate(duration[key]));
    for (const key of bad) issues.push(dateIssue(at("temporal_info", "duration", key)));
    if (bad.length === 0 && duration.begin_date > duration.end_date) {
      issues.push(rootIssue(at("temporal_info", "duration"), "Begin Date must be before or equal to End Date."));
    }
  }
  if (typeof temporal?.resolution === "string" && !ISO_DURATION.test(temporal.resolution)) {
    issues.push({
      loc: at("temporal_info", "resolution"),
      msg: `Invalid temporal resolution. The value must conform to the ISO8601 Time Duration format (e.g.'P1Y2M10DT2H30M'); got '${temporal.resolution}'.`,
      type: "value_error",
    });
  }
  return issues;
}

/** Parses a request body as a CollectionFormat: the model, then the validator rules (all → 422). */
export function parseCollectionFormat(value: unknown): CollectionFormatParse {
  const schema = datastoreRequestModels().CollectionFormat;
  const parsed = safeParse(schema, value);
  if (!parsed.success) return { ok: false, issues: toValidationIssues(parsed.error, value) };
  const cf = excludeNone(parsed.data);
  const issues = collectionFormatIssues(cf);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: withDefaults(cf) };
}

/** The defaults pydantic fills in (and `.json()` then writes): reposited, relevant, obtained. */
function withDefaults(cf: CollectionFormat): CollectionFormat {
  const check = (c: { relevant?: boolean | null; obtained?: boolean | null }) => ({ ...c, relevant: c.relevant ?? false, obtained: c.obtained ?? false });
  return {
    ...cf,
    approvals: {
      ethics_registration: check(cf.approvals.ethics_registration),
      ethics_access: check(cf.approvals.ethics_access),
      indigenous_knowledge: check(cf.approvals.indigenous_knowledge),
      export_controls: check(cf.approvals.export_controls),
    },
    dataset_info: {
      ...cf.dataset_info,
      access_info: { ...cf.dataset_info.access_info, reposited: cf.dataset_info.access_info.reposited ?? true },
      created_date: { ...cf.dataset_info.created_date, relevant: cf.dataset_info.created_date.relevant ?? false },
      published_date: { ...cf.dataset_info.published_date, relevant: cf.dataset_info.published_date.relevant ?? false },
    },
  };
}

const APPROVAL_MESSAGES: readonly [keyof CollectionFormat["approvals"], string, string][] = [
  [
    "ethics_registration",
    "You cannot register a dataset which contains data subject to ethics and privacy concerns without appropriate permissions and consent for its registration.",
    "The dataset was marked as having permissions and consent for ethics and privacy concerns (registration) but was not marked as containing ethics and privacy sensitive data. Please update the dataset to clarify.",
  ],
  [
    "ethics_access",
    "You cannot register a dataset which contains data subject to ethics and privacy concerns without appropriate permissions and consent for its access in the system.",
    "The dataset was marked as having permissions and consent for ethics and privacy concerns (access) but was not marked as containing ethics and privacy sensitive data. Please update the dataset to clarify.",
  ],
  [
    "indigenous_knowledge",
    "Please obtain mandatory consent from the relevant Indigenous community for the Indigenous knowledge before registering this dataset.",
    "The dataset does not contain Indigenous knowledge, but consent has been obtained. Please update the dataset to indicate if it contains Indigenous knowledge.",
  ],
  [
    "export_controls",
    "You have marked this dataset as being subject to export controls but have not performed the necessary due diligence checks and acquired approvals. The dataset cannot be registered.",
    "The dataset was marked as not subject to export controls but has obtained approvals. Please update the dataset to indicate whether it is subject to export controls.",
  ],
];

/** upstream's `validate_fields`: the first problem, or undefined. */
export function fieldProblem(cf: CollectionFormat): string | undefined {
  const published = cf.dataset_info.published_date.value;
  const created = cf.dataset_info.created_date.value;
  if (typeof published === "string" && typeof created === "string" && published < created) return "The published date cannot be before the creation date.";
  for (const [key, needObtained, unnecessary] of APPROVAL_MESSAGES) {
    const check = cf.approvals[key];
    const relevant = check.relevant ?? false;
    const obtained = check.obtained ?? false;
    if (relevant && !obtained) return needObtained;
    if (!relevant && obtained) return unnecessary;
  }
  return undefined;
}
