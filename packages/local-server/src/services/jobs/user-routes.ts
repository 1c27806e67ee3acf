// `/jobs/user/*`: a caller sees only the jobs launched under their username.
import type { GetJobResponse, ListByBatchResponse, ListJobsResponse } from "@provena-sdk/models/jobs";
import { detailReply, jsonReply } from "../../http/reply.js";
import type { OperationHandler } from "../handler.js";
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { JOB_DETAILS } from "./details.js";
import { jobsTable } from "./job-table.js";
import { DEFAULT_LIMIT, pageOf } from "./pagination.js";
import { requireBody } from "../common/request-body.js";
import { jobRequestModels } from "./request-models.js";

type UserHandler = OperationHandler<AuthenticatedUser>;

export const fetchUserJob: UserHandler = ({ query, user, context }) => {
  const row = jobsTable(context).get(String(query.session_id));
  if (row === undefined) return detailReply(400, JOB_DETAILS.notFound);
  if (row.job.username !== user.username) return detailReply(401, JOB_DETAILS.notOwner);
  return jsonReply(200, { job: row.job } satisfies GetJobResponse);
};

export const listUserJobs: UserHandler = async ({ http, user, context }) => {
  const body = await requireBody(http, jobRequestModels().ListJobsRequest);
  if (!body.ok) return body.reply;
  const mine = [...jobsTable(context).values()].filter((row) => row.job.username === user.username);
  const page = pageOf(mine, "username", body.value.limit ?? DEFAULT_LIMIT, body.value.pagination_key);
  if (!page.ok) return detailReply(400, page.detail);
  return jsonReply(200, { jobs: page.jobs, pagination_key: page.pagination_key } satisfies ListJobsResponse);
};

export const listUserBatch: UserHandler = async ({ http, user, context }) => {
  const body = await requireBody(http, jobRequestModels().ListByBatchRequest);
  if (!body.ok) return body.reply;
  const batch = [...jobsTable(context).values()].filter((row) => row.job.batch_id === body.value.batch_id);
  if (batch.some((row) => row.job.username !== user.username)) return detailReply(401, JOB_DETAILS.notOwner);
  const page = pageOf(batch, "batch_id", body.value.limit ?? DEFAULT_LIMIT, body.value.pagination_key);
  if (!page.ok) return detailReply(400, page.detail);
  return jsonReply(200, { jobs: page.jobs, pagination_key: page.pagination_key } satisfies ListByBatchResponse);
};

/** Hidden upstream and a stub there: always 400. */
export const retryUnsupported: UserHandler = () => detailReply(400, JOB_DETAILS.retryUnsupported);
