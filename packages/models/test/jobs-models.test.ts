import { describe, expect, it } from "vitest";
import { JobStatusValues, JobsModels, type JobStatusTable } from "../src/jobs/index.js";

const { strict, lenient } = JobsModels;

const job = (): JobStatusTable => ({
  session_id: "s-1",
  created_timestamp: 1_700_000_000,
  username: "ada",
  batch_id: null,
  payload: { created_item_id: "10378.1/1" },
  job_type: "REGISTRY",
  job_sub_type: "REGISTER_CREATE_ACTIVITY",
  gsi_status: "ok",
  status: "SUCCEEDED",
  info: null,
  result: {},
});

describe("job models", () => {
  it("parse a finished job in both modes", () => {
    expect(strict.GetJobResponse.parse({ job: job() })).toEqual({ job: job() });
    expect(lenient.ListJobsResponse.parse({ jobs: [job()], pagination_key: null })).toEqual({ jobs: [job()], pagination_key: null });
  });

  it("know every upstream status", () => {
    expect(JobStatusValues).toEqual(["PENDING", "DEQUEUED", "IN_PROGRESS", "SUCCEEDED", "FAILED"]);
  });

  it("tolerate a status this SDK does not know leniently, reject it strictly", () => {
    const paused = { ...job(), status: "PAUSED" };
    expect(lenient.JobStatusTable.parse(paused).status).toBe("PAUSED");
    expect(strict.JobStatusTable.safeParse(paused).success).toBe(false);
  });

  it("keep unknown keys leniently, reject them strictly", () => {
    const withExtra = { ...job(), worker: "w-3" };
    expect(lenient.JobStatusTable.parse(withExtra)).toHaveProperty("worker", "w-3");
    expect(strict.JobStatusTable.safeParse(withExtra).success).toBe(false);
  });

  it("reject wrong types in both modes", () => {
    for (const models of [strict, lenient]) {
      expect(models.JobStatusTable.safeParse({ ...job(), created_timestamp: "yesterday" }).success).toBe(false);
      expect(models.JobStatusTable.safeParse({ ...job(), created_timestamp: 1.5 }).success).toBe(false);
      expect(models.JobStatusTable.safeParse({ ...job(), payload: "x" }).success).toBe(false);
    }
  });
});
