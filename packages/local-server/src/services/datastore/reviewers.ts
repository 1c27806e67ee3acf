// The system's dataset reviewers (upstream's reviewers DynamoDB table): Person ids, managed by
// sys-admins through `/release/sys-reviewers/*`. Adding is idempotent and deleting an absent id
// is not an error, as DynamoDB's put/delete are.
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { jsonReply } from "../../http/reply.js";
import { defineStore } from "../context.js";
import type { OperationHandler } from "../handler.js";

export const REVIEWERS_TABLE = "datastore.reviewers";

export interface ReviewerStore {
  has(personId: string): boolean;
  add(personId: string): void;
  remove(personId: string): void;
  /** Every reviewer id, sorted (upstream answers a set). */
  list(): string[];
}

export const REVIEWERS = defineStore<ReviewerStore>("datastore.reviewers", (context) => {
  const table = context.storage.table<{ id: string }>(REVIEWERS_TABLE);
  return {
    has: (personId) => table.has(personId),
    add: (personId) => table.put(personId, { id: personId }),
    remove: (personId) => void table.delete(personId),
    list: () => [...table.values()].map((row) => row.id).sort(),
  };
});

type Handler = OperationHandler<AuthenticatedUser>;

export const listReviewers: Handler = ({ context }) => jsonReply(200, context.store(REVIEWERS).list());

export const addReviewer: Handler = ({ query, context }) => {
  context.store(REVIEWERS).add(String(query.reviewer_id));
  return jsonReply(200, null);
};

export const deleteReviewer: Handler = ({ query, context }) => {
  context.store(REVIEWERS).remove(String(query.reviewer_id));
  return jsonReply(200, null);
};
