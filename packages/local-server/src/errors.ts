// Errors the local server's programmatic API and CLI throw. Branded like every SDK error so
// `instanceof` works across duplicate package copies.
import { addBrand, brandedInstanceOf, ProvenaError } from "@provena-sdk/http-core";

/** Base of every local-server error: a misuse of the API or a bad configuration. */
export class LocalServerError extends ProvenaError {
  override name = "LocalServerError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    addBrand(this, "LocalServerError");
  }

  static override [Symbol.hasInstance] = brandedInstanceOf("LocalServerError");
}

/** The users file (or `users` option) is unreadable or does not match the expected shape. */
export class UsersFileError extends LocalServerError {
  override name = "UsersFileError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    addBrand(this, "UsersFileError");
  }

  static override [Symbol.hasInstance] = brandedInstanceOf("UsersFileError");
}

/** A programmatic realm call named a user, client or device code the realm does not know. */
export class RealmLookupError extends LocalServerError {
  override name = "RealmLookupError";

  constructor(message: string) {
    super(message);
    addBrand(this, "RealmLookupError");
  }

  static override [Symbol.hasInstance] = brandedInstanceOf("RealmLookupError");
}
