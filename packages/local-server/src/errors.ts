// Errors the local server's programmatic API and CLI throw. Branded like every SDK error so
// `instanceof` works across duplicate package copies.
import { ProvenaError } from "@provena-sdk/http-core";

/** Base of every local-server error: a misuse of the API or a bad configuration. */
export class LocalServerError extends ProvenaError {
  static override readonly brand: string = "LocalServerError";
}

/** The users file (or `users` option) is unreadable or does not match the expected shape. */
export class UsersFileError extends LocalServerError {
  static override readonly brand: string = "UsersFileError";
}

/** A programmatic realm call named a user, client or device code the realm does not know. */
export class RealmLookupError extends LocalServerError {
  static override readonly brand: string = "RealmLookupError";

  constructor(message: string) {
    super(message);
  }
}
