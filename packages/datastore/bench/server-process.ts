// The local server in its own process, as a real server would be: the transfers' client side
// and the server's work do not share one event loop and heap. Prints one JSON line
// ({ endpoints, issuer, token }) and stops when stdin closes.
import { startLocalServer } from "@provena-sdk/local-server";

const server = await startLocalServer({ jobStepDelayMs: 0 });
const token = server.mintToken("admin", { lifetimeSeconds: 3600 });
process.stdout.write(`${JSON.stringify({ endpoints: server.endpoints, token })}\n`);
process.stdin.resume();
process.stdin.on("end", () => void server.stop().then(() => process.exit(0)));
