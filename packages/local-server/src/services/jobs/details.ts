// The `detail` strings of the Job API's own errors (behaviour.md §1.2, §7.1).
export const JOB_DETAILS = {
  notFound: "Item was not found.",
  notOwner: "Not authorised to view this record.",
  retryUnsupported: "Retrying jobs is not supported by this service.",
  batchConflict: "Cannot both request a new batch id (request_batch_id) and add to an existing batch (add_to_batch).",
  batchUserMismatch: (username: string) => `The batch contains jobs of users other than ${username}.`,
} as const;
