import { isIP } from "node:net";

/**
 * The client's address, or null when it cannot be known.
 *
 * `next start` sets X-Forwarded-For to the socket's address only when the request has none
 * (`req.headers['x-forwarded-for'] ??= socket.remoteAddress` in next/dist/server/base-server.js),
 * so without a proxy in front a client can send any value: the header is then ignored and the
 * address is unknown. Behind a trusted proxy (TRUST_PROXY=1) that sets the header, or appends the
 * address it saw to what the client sent, the last entry is the one the proxy wrote.
 */
export function clientIp(
  forwardedFor: string | null | undefined,
  trustProxy: boolean,
): string | null {
  return trustProxy ? lastAddress(forwardedFor) : null;
}

function lastAddress(forwardedFor: string | null | undefined): string | null {
  if (!forwardedFor) return null;
  const last = forwardedFor.split(",").at(-1)?.trim() ?? "";
  const address = last.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return isIP(address) ? address.toLowerCase() : null;
}

/**
 * The address an anonymous API call is counted under (apiBuckets): the last entry of
 * X-Forwarded-For. Behind a trusted proxy, the client's address (clientIp). Without one, it is
 * read all the same: for a
 * client that sends no such header, which is every ordinary program, it is the connection's own
 * address, written by `next start`; a client that forges one only moves itself to another bucket,
 * and every bucket meets the global ceiling. Never used where a forged address would matter more
 * than a count: audit logs and sign-in limits read clientIp, which is null here.
 */
export const rateLimitAddress = (forwardedFor: string | null | undefined): string | null =>
  lastAddress(forwardedFor);

/**
 * The part of an address that identifies one client for rate limiting: an IPv4 address, or the
 * /64 network of an IPv6 one (a single host is usually given a whole /64 to pick addresses from).
 */
export function addressKey(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const [head = "", tail] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.padStart(4, "0"))
    .join(":")}::/64`;
}
