// Input the client refuses before sending anything: the ID service would only answer a 422 or
// a confusing upstream error for it.
import { ProvenaError } from "@provena-sdk/http-core";

export class HandleRequestError extends ProvenaError {
  static override readonly brand: string = "HandleRequestError";
  /** The argument that was wrong: "id", "index" or "value". */
  readonly argument: "id" | "index" | "value";

  constructor(argument: "id" | "index" | "value", message: string) {
    super(message);
    this.argument = argument;
  }
}
