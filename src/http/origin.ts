// DNS-rebinding guard for a server on a developer's machine: browser requests (they carry Origin) are accepted only
// from loopback origins or this server's own configured host, and the Host header must name such a host too, so a
// page on evil.example whose name was re-pointed at 127.0.0.1 cannot drive the API. Non-browser clients send no Origin.

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** Hostname of a Host header or an origin's authority ("127.0.0.1:8080" -> "127.0.0.1", "[::1]:80" -> "[::1]"). */
function hostnameOf(authority: string): string {
  const a = authority.trim().toLowerCase();
  if (a.startsWith("[")) {
    const end = a.indexOf("]");
    return end < 0 ? a : a.slice(0, end + 1);
  }
  const colon = a.indexOf(":");
  return colon < 0 ? a : a.slice(0, colon);
}

function isLoopbackName(h: string): boolean {
  return LOOPBACK.has(h) || h.endsWith(".localhost") || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

export interface OriginPolicy {
  /** The host the server was bound to ("127.0.0.1" by default; "0.0.0.0" accepts any Host header). */
  boundHost: string;
}

/** Null when the request may proceed, otherwise the RequestError code to answer with 403. */
export function checkOrigin(policy: OriginPolicy, headers: Headers): "forbidden-origin" | "forbidden-host" | null {
  const bound = hostnameOf(policy.boundHost);
  const wildcard = bound === "0.0.0.0" || bound === "[::]" || bound === "::";
  const allowed = (h: string) => isLoopbackName(h) || h === bound;
  const host = headers.get("host");
  if (!wildcard && host !== null && !allowed(hostnameOf(host))) return "forbidden-host";
  const origin = headers.get("origin");
  if (origin === null) return null;
  let originHost: string;
  try {
    originHost = hostnameOf(new URL(origin).host);
  } catch {
    return "forbidden-origin"; // "null" (sandboxed iframes, file://) and garbage
  }
  if (allowed(originHost)) return null;
  // Bound to every interface: a same-origin page (served by us under whatever name) is still fine.
  if (wildcard && host !== null && hostnameOf(host) === originHost) return null;
  return "forbidden-origin";
}
