import { AuthClient, GroupNotFoundError, NotGroupMemberError } from "@provena-sdk/auth";
import { BadRequestError, createTransport, type TokenProvider } from "@provena-sdk/http-core";

declare const tokens: TokenProvider;
declare const myPersonId: string; // a registry Person you own

const auth = new AuthClient({ transport: createTransport({ domain: "mds.gbrrestoration.org", tokenProvider: tokens }) });

// Groups: every group is listed; members only for members.
for (const group of await auth.groups.memberships()) console.error(group.id, group.display_name);
try {
  const team = await auth.groups.members("modellers");
  console.error(team.users.map((user) => user.username));
} catch (error) {
  if (error instanceof NotGroupMemberError || error instanceof GroupNotFoundError) console.error(error.details);
  else throw error;
}

// Links: link yourself to a Person you own, once (an admin can change it later).
if ((await auth.links.lookup()) === null) {
  try {
    await auth.links.assign(myPersonId);
  } catch (error) {
    if (error instanceof BadRequestError) console.error(error.serverMessage);
    else throw error;
  }
}
