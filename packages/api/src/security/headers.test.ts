import { describe, expect, it } from "vitest";

import {
  CSP_HEADER,
  newNonce,
  pageSecurityPolicy,
  STATIC_SECURITY_HEADERS,
  staticSecurityHeaderRules,
  withDataPolicy,
  withPagePolicy,
} from "./headers";

/** The policy as directive name → its sources. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

const production = { nonce: "abc123", development: false, https: false };

describe("the page policy", () => {
  it("lets only this response's nonce run scripts, and never inline or eval'd code", () => {
    const script = parse(pageSecurityPolicy(production)).get("script-src")!;
    expect(script).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
  });

  it("allows eval only in development, where React needs it", () => {
    const dev = parse(pageSecurityPolicy({ ...production, development: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("needs the nonce for style elements in production, and allows style attributes", () => {
    const policy = parse(pageSecurityPolicy(production));
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-abc123'"]);
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
  });

  it("forbids plugins, framing, foreign forms, base URLs and foreign connections", () => {
    const policy = parse(pageSecurityPolicy(production));
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  it("upgrades insecure requests only when served over https", () => {
    expect(parse(pageSecurityPolicy(production)).has("upgrade-insecure-requests")).toBe(false);
    expect(
      parse(pageSecurityPolicy({ ...production, https: true })).has("upgrade-insecure-requests"),
    ).toBe(true);
  });
});

describe("nonces", () => {
  it("are 16 random bytes in base64, different every time", () => {
    const nonces = new Set([...Array(100).keys()].map(() => newNonce()));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    }
  });
});

describe("withPagePolicy", () => {
  it("puts the same fresh policy on the request (for rendering) and on the response", async () => {
    const request = new Request("http://localhost/events", {
      headers: { [CSP_HEADER]: "script-src 'nonce-forged-by-the-client'" },
    });
    let seenByRender: string | null = null;
    const response = await withPagePolicy(request, { development: false, https: false }, () => {
      seenByRender = request.headers.get(CSP_HEADER);
      return new Response("page");
    });
    const sent = response.headers.get(CSP_HEADER);
    expect(sent).toMatch(/'nonce-[A-Za-z0-9+/]{22}=='/);
    expect(seenByRender).toBe(sent);
    expect(sent).not.toContain("forged");
  });
});

describe("HSTS", () => {
  it("is sent when the app is served over https, never over plain http", async () => {
    const over = (https: boolean) =>
      withPagePolicy(
        new Request("http://localhost/"),
        { development: false, https },
        () => new Response("page"),
      );
    expect((await over(true)).headers.get("Strict-Transport-Security")).toBe("max-age=31536000");
    expect((await over(false)).headers.has("Strict-Transport-Security")).toBe(false);
  });
});

describe("withDataPolicy", () => {
  it("lets nothing in a data answer load, run or frame it, and adds HSTS over https only", () => {
    const data = (https: boolean) => withDataPolicy(new Response("{}"), { https });
    const policy = parse(data(false).headers.get(CSP_HEADER)!);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(data(true).headers.get("Strict-Transport-Security")).toBe("max-age=31536000");
    expect(data(false).headers.has("Strict-Transport-Security")).toBe(false);
  });
});

describe("the static headers", () => {
  it("deny sniffing, framing, cross-site referrers and powerful features", () => {
    expect(STATIC_SECURITY_HEADERS).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
    const features = STATIC_SECURITY_HEADERS["Permissions-Policy"]!.split(", ");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(features).toContain(`${feature}=()`);
    }
    // Passkeys (the admin's sign-in) work on the site's own pages only.
    expect(features).toContain("publickey-credentials-get=(self)");
    expect(features).toContain("publickey-credentials-create=(self)");
  });

  it("apply to every path as one next.config rule", () => {
    const [rule, ...others] = staticSecurityHeaderRules();
    expect(others).toEqual([]);
    expect(rule!.source).toBe("/:path*");
    expect(Object.fromEntries(rule!.headers.map((h) => [h.key, h.value]))).toEqual(
      STATIC_SECURITY_HEADERS,
    );
  });
});
