// The local server in its own process, as a real server would be. Prints one JSON line
// ({ endpoints, token }) and stops when stdin closes.
import { startLocalServer } from "../../local-server/dist/index.js";

const server = await startLocalServer();
const token = server.mintToken("admin", { lifetimeSeconds: 3600 });
process.stdout.write(`${JSON.stringify({ endpoints: server.endpoints, token })}\n`);
process.stdin.resume();
process.stdin.on("end", () => void server.stop().then(() => process.exit(0)));
