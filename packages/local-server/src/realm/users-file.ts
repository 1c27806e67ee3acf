// Users from a JSON file (`--users FILE`): `{"users":[{username,password,email,firstName,lastName,roles}]}`.
// Validation errors name the entry (index and username) and the field, so a typo is found fast.
// Messages read "<field> <problem>" (never "password: ..."), which the SDK's secret redaction
// would otherwise mistake for a credential.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { UsersFileError } from "../errors.js";
import type { UserInput } from "./users.js";

const NON_EMPTY = "must be a non-empty string";
const nonEmpty = () => z.string({ error: NON_EMPTY }).min(1, NON_EMPTY);

const userEntry = z.strictObject({
  username: nonEmpty(),
  password: nonEmpty(),
  email: z.email({ error: "must be an email address" }).optional(),
  firstName: z.string({ error: "must be a string" }).optional(),
  lastName: z.string({ error: "must be a string" }).optional(),
  roles: z.array(nonEmpty(), { error: "must be an array of role names" }).default([]),
});

const usersFile = z.strictObject({
  users: z.array(z.unknown(), { error: "must be an array of users" }).min(1, "must list at least one user"),
});

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join(".");
      return path === "" ? issue.message : `${path} ${issue.message}`;
    })
    .join("; ");
}

/** Validates parsed JSON as a users document; `source` names it in error messages. */
export function parseUsersDocument(document: unknown, source: string): UserInput[] {
  const top = usersFile.safeParse(document);
  if (!top.success) {
    throw new UsersFileError(`${source}: expected {"users":[...]}: ${describeIssues(top.error)}`);
  }
  const seen = new Set<string>();
  return top.data.users.map((entry, index) => {
    const parsed = userEntry.safeParse(entry);
    const name =
      typeof entry === "object" && entry !== null && typeof (entry as { username?: unknown }).username === "string"
        ? ` ("${(entry as { username: string }).username}")`
        : "";
    if (!parsed.success) {
      throw new UsersFileError(`${source}: users[${index}]${name} is invalid: ${describeIssues(parsed.error)}`);
    }
    if (seen.has(parsed.data.username)) {
      throw new UsersFileError(`${source}: users[${index}]${name} repeats a username already listed.`);
    }
    seen.add(parsed.data.username);
    return parsed.data;
  });
}

/**
 * Reads and validates a users file (`{"users":[{username,password,email,firstName,lastName,roles}]}`),
 * as the `usersFile` option and `provena-local --users` do.
 *
 * @throws {@link UsersFileError} naming the file and the offending entry when it cannot be read,
 * is not JSON, or an entry is invalid or repeats a username.
 */
export function loadUsersFile(path: string): UserInput[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    throw new UsersFileError(`Cannot read users file ${path}: ${(cause as Error).message}`, { cause });
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (cause) {
    throw new UsersFileError(`Users file ${path} is not valid JSON: ${(cause as Error).message}`, { cause });
  }
  return parseUsersDocument(document, `Users file ${path}`);
}
