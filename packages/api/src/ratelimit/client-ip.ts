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
  if (!trustProxy || !forwardedFor) return null;
  const last = forwardedFor.split(",").at(-1)?.trim() ?? "";
  const address = last.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return isIP(address) ? address.toLowerCase() : null;
}

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
