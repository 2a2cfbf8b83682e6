import { expect, test } from "../fixtures";

/**
 * Open311 over real HTTP through the built server (the integration tests call the handlers directly): the
 * router sends discovery.json and unknown paths to the catch-all and v2 paths to their own handlers, and a
 * browser's CORS preflight reaches the handler (the page proxy leaves /api alone).
 */
test("Open311 discovery, unknown paths, methods and CORS preflight over HTTP", async ({ request }) => {
  const discovery = await request.get("/api/open311/discovery.json");
  expect(discovery.status()).toBe(200);
  const doc = (await discovery.json()) as { endpoints: { url: string }[] };
  expect(doc.endpoints[0]!.url).toMatch(/\/api\/open311\/v2$/);

  const services = await request.get("/api/open311/v2/services.json");
  expect(services.status()).toBe(200);
  expect(Array.isArray(await services.json())).toBe(true);

  const unknown = await request.get("/api/open311/v2/nothing/here.json");
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()["content-type"]).toMatch(/^application\/json/);
  expect(((await unknown.json()) as { code: number }[])[0]!.code).toBe(404);

  const put = await request.put("/api/open311/v2/requests.json", { data: "x" });
  expect(put.status()).toBe(405);
  expect(put.headers()["allow"]).toBe("GET, POST, OPTIONS");

  const preflight = await request.fetch("/api/open311/v2/requests.json", {
    method: "OPTIONS",
    headers: { origin: "https://client.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  expect(preflight.headers()["access-control-allow-methods"]).toContain("POST");
});
