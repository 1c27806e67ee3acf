// Child process for the file-store tests: writes `count` keys named `<prefix>-<n>` to the file,
// one `set` at a time, as a second SDK process sharing the token file would.
import { fileTokenStore } from "../../dist/node/index.js";

const [path, prefix, count] = process.argv.slice(2);
const store = fileTokenStore({ path });
for (let i = 0; i < Number(count); i++) {
  await store.set(`${prefix}-${i}`, { accessToken: `${prefix}-access-${i}`, expiresAt: 2_000_000_000_000, obtainedAt: 1_999_999_700_000, tokenType: "Bearer" });
}
