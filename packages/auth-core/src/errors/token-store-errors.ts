import { AuthError, type AuthErrorOptions } from "./auth-error.js";

/** Reading or writing a token store failed. */
export class TokenStoreError extends AuthError {
  static override readonly brand: string = "TokenStoreError";
  /** Where the store lives (a file path for the file store), when it has a location. */
  readonly location: string | undefined;

  constructor(message: string, location?: string, options?: AuthErrorOptions) {
    super(message, options);
    this.location = location;
  }
}

/** The store's content cannot be read as tokens. It is left untouched for a person to inspect. */
export class CorruptTokenStoreError extends TokenStoreError {
  static override readonly brand: string = "CorruptTokenStoreError";
}
