// `/jobs/admin/*` (job-service roles, checked by the route auth): launch any sub-type on behalf
// of any user, and read every job.
import { randomUUID } from "node:crypto";
import type { AdminGetJobResponse, AdminLaunchJobResponse, AdminListByBatchResponse, AdminListJobsResponse } from "@provena-sdk/models/jobs";
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { detailReply, jsonReply } from "../../http/reply.js";
import type { OperationHandler } from "../handler.js";
import { JOB_DETAILS } from "./details.js";
import { jobsTable } from "./job-table.js";
import { DEFAULT_LIMIT, pageOf } from "./pagination.js";
import { checkPayload } from "./payloads.js";
import { requireBody } from "../common/request-body.js";
import { jobRequestModels } from "./request-models.js";
import { JOB_RUNNER } from "./runner.js";

type AdminHandler = OperationHandler<AuthenticatedUser>;

export const launchJob: AdminHandler = async ({ http, user, context }) => {
  const body = await requireBody(http, jobRequestModels().AdminLaunchJobRequest);
  if (!body.ok) return body.reply;
  const request = body.value;
  if (request.request_batch_id === true && request.add_to_batch != null) return detailReply(400, JOB_DETAILS.batchConflict);
  const check = checkPayload(request.job_type, request.job_sub_type, request.job_payload);
  if (!check.ok) return detailReply(400, check.detail);
  const launched = context.store(JOB_RUNNER).launch({
    username: request.username ?? user.username,
    job_type: request.job_type,
    job_sub_type: request.job_sub_type,
    payload: request.job_payload,
    batch_id: request.add_to_batch ?? (request.request_batch_id === true ? randomUUID() : null),
  });
  return jsonReply(200, launched satisfies AdminLaunchJobResponse);
};

export const fetchAnyJob: AdminHandler = ({ query, context }) => {
  const row = jobsTable(context).get(String(query.session_id));
  if (row === undefined) return detailReply(400, JOB_DETAILS.notFound);
  return jsonReply(200, { job: row.job } satisfies AdminGetJobResponse);
};

export const listAllJobs: AdminHandler = async ({ http, context }) => {
  const body = await requireBody(http, jobRequestModels().AdminListJobsRequest);
  if (!body.ok) return body.reply;
  const filter = body.value.username_filter;
  const rows = [...jobsTable(context).values()].filter((row) => filter == null || row.job.username === filter);
  const page = pageOf(rows, filter == null ? "gsi_status" : "username", body.value.limit ?? DEFAULT_LIMIT, body.value.pagination_key);
  if (!page.ok) return detailReply(400, page.detail);
  return jsonReply(200, { jobs: page.jobs, pagination_key: page.pagination_key } satisfies AdminListJobsResponse);
};

export const listAnyBatch: AdminHandler = async ({ http, context }) => {
  const body = await requireBody(http, jobRequestModels().AdminListByBatchRequest);
  if (!body.ok) return body.reply;
  const { batch_id, username_filter } = body.value;
  const batch = [...jobsTable(context).values()].filter((row) => row.job.batch_id === batch_id);
  if (username_filter != null && batch.some((row) => row.job.username !== username_filter)) {
    return detailReply(400, JOB_DETAILS.batchUserMismatch(username_filter));
  }
  const page = pageOf(batch, "batch_id", body.value.limit ?? DEFAULT_LIMIT, body.value.pagination_key);
  if (!page.ok) return detailReply(400, page.detail);
  return jsonReply(200, { jobs: page.jobs, pagination_key: page.pagination_key } satisfies AdminListByBatchResponse);
};
