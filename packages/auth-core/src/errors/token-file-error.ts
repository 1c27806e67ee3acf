import { AuthError, type AuthErrorOptions } from "./auth-error.js";

/** What is wrong with an offline-token file. */
export type TokenFileProblem = "missing" | "unreadable" | "not-a-file" | "insecure-permissions" | "empty";

/** An offline-token file cannot be used. The message names the file and the fix, never its content. */
export class TokenFileError extends AuthError {
  static override readonly brand: string = "TokenFileError";
  /** The file's path. */
  readonly path: string;
  /** What is wrong with it. */
  readonly problem: TokenFileProblem;

  constructor(message: string, path: string, problem: TokenFileProblem, options?: AuthErrorOptions) {
    super(message, options);
    this.path = path;
    this.problem = problem;
  }
}
