// The payload model of every job sub-type (behaviour.md §7.1) and the job type it belongs to.
// `admin/launch` checks a payload against its sub-type's model as upstream does; like pydantic,
// unknown keys are ignored and the declared ones must be present with the right types.
import { z } from "zod";
import type { JobSubTypeValues, JobType } from "@provena-sdk/models/jobs";

const str = z.string();
const bool = z.boolean();
const obj = z.record(z.string(), z.unknown());
/** `user_info` is the encrypted `UserInfo` upstream; locally any string (plain JSON) will do. */
const userInfo = z.string();

const wakeUp = z.object({ reason: z.string().nullish() });

interface SubTypeSpec {
  readonly jobType: JobType;
  readonly payload: z.ZodType;
}

export const SUB_TYPES: Readonly<Record<string, SubTypeSpec>> = {
  PROV_LODGE_WAKE_UP: { jobType: "PROV_LODGE", payload: wakeUp },
  MODEL_RUN_PROV_LODGE: { jobType: "PROV_LODGE", payload: z.object({ record: obj, revalidate: bool, user_info: userInfo }) },
  MODEL_RUN_LODGE_ONLY: {
    jobType: "PROV_LODGE",
    payload: z.object({ model_run_record_id: str, record: obj, revalidate: bool, user_info: userInfo }),
  },
  MODEL_RUN_BATCH_SUBMIT: { jobType: "PROV_LODGE", payload: z.object({ records: z.array(obj), user_info: userInfo }) },
  LODGE_CREATE_ACTIVITY: {
    jobType: "PROV_LODGE",
    payload: z.object({ created_item_id: str, creation_activity_id: str, linked_person_id: str, created_item_subtype: str }),
  },
  LODGE_VERSION_ACTIVITY: {
    jobType: "PROV_LODGE",
    payload: z.object({ from_version_id: str, to_version_id: str, version_activity_id: str, linked_person_id: str, item_subtype: str }),
  },
  MODEL_RUN_UPDATE: {
    jobType: "PROV_LODGE",
    payload: z.object({ model_run_record_id: str, updated_record: obj, reason: str, revalidate: bool, user_info: userInfo }),
  },
  MODEL_RUN_UPDATE_LODGE_ONLY: {
    jobType: "PROV_LODGE",
    payload: z.object({ model_run_record_id: str, updated_record: obj, reason: str, revalidate: bool, user_info: userInfo }),
  },
  REGISTRY_WAKE_UP: { jobType: "REGISTRY", payload: wakeUp },
  REGISTER_CREATE_ACTIVITY: {
    jobType: "REGISTRY",
    payload: z.object({ created_item_id: str, created_item_subtype: str, linked_person_id: str }),
  },
  REGISTER_VERSION_ACTIVITY: {
    jobType: "REGISTRY",
    payload: z.object({
      reason: str,
      version_number: z.number().int(),
      from_version_id: str,
      to_version_id: str,
      linked_person_id: str,
      item_subtype: str,
    }),
  },
  EMAIL_WAKE_UP: { jobType: "EMAIL", payload: wakeUp },
  SEND_EMAIL: { jobType: "EMAIL", payload: z.object({ email_to: str, subject: str, body: str, reason: str }) },
  GENERATE_REPORT: {
    jobType: "REPORT",
    payload: z.object({ id: str, item_subtype: str, depth: z.number().int(), user_info: userInfo }),
  },
} satisfies Record<(typeof JobSubTypeValues)[number], SubTypeSpec>;

export type PayloadCheck = { ok: true } | { ok: false; detail: string };

/** Upstream's launch check: the sub-type must belong to the job type and the payload fit its model. */
export function checkPayload(jobType: string, subType: string, payload: Record<string, unknown>): PayloadCheck {
  const spec = SUB_TYPES[subType];
  if (spec === undefined) return { ok: false, detail: `Invalid payload supplied: unknown job sub type ${subType}.` };
  if (spec.jobType !== jobType) {
    return { ok: false, detail: `Invalid payload supplied: job sub type ${subType} belongs to job type ${spec.jobType}, not ${jobType}.` };
  }
  const parsed = spec.payload.safeParse(payload);
  if (parsed.success) return { ok: true };
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "payload"}: ${issue.message}`).join("; ");
  return { ok: false, detail: `Invalid payload supplied for job sub type ${subType}. Error: ${problems}` };
}
