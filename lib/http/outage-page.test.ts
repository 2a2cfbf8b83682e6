import { describe, expect, it } from "vitest";
import { outageJsonResponse, outagePageResponse } from "@/lib/http/outage-page";

describe("the outage answers", () => {
  it("is a 503 page in Arabic (RTL) and English, with Retry-After and no caching", async () => {
    const ar = outagePageResponse("ar", "n0nce");
    expect(ar.status).toBe(503);
    expect(ar.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(ar.headers.get("cache-control")).toBe("no-store");
    const html = await ar.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("الخدمة غير متاحة مؤقتًا");
    expect(html).toContain('<style nonce="n0nce">');
    const en = await outagePageResponse("en").text();
    expect(en).toContain('<html lang="en" dir="ltr">');
    expect(en).toContain("Temporarily unavailable");
    expect(en).toContain("try again in a minute");
  });
  it("is a 503 JSON error with Retry-After for APIs", async () => {
    const res = outageJsonResponse("later", { "X-API-Version": "1" });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(res.headers.get("x-api-version")).toBe("1");
    expect(await res.json()).toEqual({ error: { code: "UNAVAILABLE", message: "later" } });
  });
});
