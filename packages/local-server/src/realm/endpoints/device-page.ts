// {realm}/device: the page a person opens from `verification_uri`. Enter the user code, log in
// with username and password, then Approve or Deny. Plain server-rendered forms; every value
// shown is HTML-escaped.
import type { HttpRequest } from "../../http/request.js";
import { htmlReply, type Reply } from "../../http/reply.js";
import type { Realm } from "../realm.js";

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

function page(realm: Realm, title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${escapeHtml(realm.settings.name)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}label{display:block;margin:.8rem 0 .2rem}input{width:100%;padding:.4rem;box-sizing:border-box}button{margin:1rem .5rem 0 0;padding:.5rem 1.2rem}.error{color:#a00}.note{color:#555;font-size:.9rem}</style>
</head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

function form(realm: Realm, userCode: string, username: string, error?: string): string {
  return page(
    realm,
    "Device login",
    `${error === undefined ? "" : `<p class="error" role="alert">${escapeHtml(error)}</p>`}
<p>A device is asking to sign in to realm <strong>${escapeHtml(realm.settings.name)}</strong>. Check the code matches the one it shows.</p>
<form method="post" action="device">
<label for="user_code">Code</label><input id="user_code" name="user_code" value="${escapeHtml(userCode)}" autocomplete="off" required>
<label for="username">Username</label><input id="username" name="username" value="${escapeHtml(username)}" autocomplete="username" required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit" name="action" value="approve">Approve</button><button type="submit" name="action" value="deny">Deny</button>
</form><p class="note">provena-local: default users' passwords equal their usernames.</p>`,
  );
}

export function devicePage(realm: Realm, request: HttpRequest): Reply {
  return htmlReply(200, form(realm, request.query.get("user_code") ?? "", ""));
}

export async function deviceDecision(realm: Realm, request: HttpRequest): Promise<Reply> {
  const data = await request.form();
  const userCode = data.get("user_code") ?? "";
  const username = data.get("username") ?? "";
  const action = data.get("action");
  if (realm.devices.findPending(userCode) === undefined) {
    return htmlReply(400, form(realm, userCode, username, "That code is not valid: it is unknown, expired or already used."));
  }
  if (action === "deny") {
    realm.denyDevice(userCode);
    return htmlReply(200, page(realm, "Access denied", "<p>You denied the device's request. You can close this window.</p>"));
  }
  if (action !== "approve") return htmlReply(400, form(realm, userCode, username, "Choose Approve or Deny."));
  const user = realm.users.authenticate(username, data.get("password") ?? "");
  if (user === undefined) return htmlReply(401, form(realm, userCode, username, "Invalid username or password."));
  realm.approveDevice(userCode, user.username);
  return htmlReply(
    200,
    page(realm, "Device approved", `<p>Signed in as <strong>${escapeHtml(user.username)}</strong>. The device can continue; you can close this window.</p>`),
  );
}
