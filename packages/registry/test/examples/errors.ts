import { BadRequestError, SoftFailureError, UnauthorizedError, UnprocessableEntityError, createTransport } from "@provena-sdk/http-core";
import { ItemNotFoundError, RegistryClient, RegistryValidationError, RequestValidationError } from "@provena-sdk/registry";

const registry = new RegistryClient({ transport: createTransport({ domain: "provena.example.org" }) });

try {
  await registry.person.create({ display_name: "Ada", email: "ada@example.org", first_name: "Ada", last_name: "Lovelace", ethics_approved: false });
} catch (error) {
  if (error instanceof RequestValidationError) console.error("not sent:", error.issues); // a bad field, found client-side
  else if (error instanceof RegistryValidationError) console.error(error.details); // "Validation Error: Please ensure mandatory ethics consent…"
  else if (error instanceof UnprocessableEntityError) console.error(error.issues); // FastAPI's 422
  else if (error instanceof UnauthorizedError) console.error("no write access to this item");
  else if (error instanceof BadRequestError) console.error(error.serverMessage); // e.g. not linked to a Person
  else throw error;
}

try {
  await registry.model.fetch("10378.1/0");
} catch (error) {
  if (error instanceof ItemNotFoundError) console.error(`no item ${error.id}`);
  else if (error instanceof SoftFailureError) console.error(error.details); // any other status.success=false
  else throw error;
}

// validate() reports instead of throwing.
const check = await registry.model.validate({ display_name: "M", name: "M", description: "d", documentation_url: "https://x.org", source_url: "https://x.org" });
if (!check.valid) console.error(check.details);
