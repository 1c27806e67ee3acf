// Workers the job service itself provides: the warmers (`*_WAKE_UP`, which upstream only wake a
// lambda) and SEND_EMAIL, which locally "sends" into an outbox table instead of SES.
import type { JobWorker, JobWorkerTable } from "./worker.js";

export const EMAIL_OUTBOX_TABLE = "jobs.email_outbox";

const wakeUp: JobWorker = () => Promise.resolve({});

// Deliberately loose: enough to refuse what SES would refuse as a recipient.
const EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const sendEmail: JobWorker = (job, context) => {
  const to = job.payload.email_to;
  if (typeof to !== "string" || !EMAIL_ADDRESS.test(to)) {
    return Promise.reject(new Error(`Failed to send email: ${JSON.stringify(to)} is not a valid email address.`));
  }
  context.storage.table(EMAIL_OUTBOX_TABLE).put(job.session_id, { ...job.payload, sent_by_session_id: job.session_id });
  return Promise.resolve({});
};

export const builtinJobWorkers: JobWorkerTable = {
  PROV_LODGE_WAKE_UP: wakeUp,
  REGISTRY_WAKE_UP: wakeUp,
  EMAIL_WAKE_UP: wakeUp,
  SEND_EMAIL: sendEmail,
};
