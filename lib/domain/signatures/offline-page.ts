import { verifyCompact } from "@/lib/domain/signatures/compact";
import type { T } from "@/lib/i18n/core";
import type { Lang } from "@/lib/i18n/settings";

/** The offline page's service worker (served at /verify-sw.js). */
export const SERVICE_WORKER_PATH = "/verify-sw.js";
export const OFFLINE_CACHE = "amanah-verify-v1";

/** The document types the page names (lib/domain/signatures/document-types.ts; a unit test keeps them equal). */
export const OFFLINE_TYPES = ["LICENSE_CERTIFICATE", "OFFICE_PENALTY_DECISION", "OBJECTION_DECISION", "BUILDING_PERMIT", "COMPLETION_CERTIFICATE"] as const;
/** The signed data's fields the page shows, in this order (short keys: they travel in the QR). */
export const OFFLINE_FIELDS = ["n", "p", "k", "tr", "h", "cr", "a", "pl", "dd", "o", "ba", "fl", "m", "i", "e", "v"] as const;
/** Each type's online verification page (the later cancellation is only there), by its verification code `c`. */
export const ONLINE_PATHS: Record<string, string> = {
  LICENSE_CERTIFICATE: "/verify/license/",
  BUILDING_PERMIT: "/verify/permit/",
  COMPLETION_CERTIFICATE: "/verify/permit-certificate/",
};

/**
 * The offline verification page (issue 15): ONE self-contained HTML document — its style and script inline,
 * nothing else to load but the published keys — so that once a service worker has cached it and the keys, it
 * opens and verifies with no network at all. The payload comes in the URL's fragment (#AMS1…), which browsers
 * never send anywhere: the certificate's QR is `…/verify/offline#<signed document>`. The verifier is
 * `verifyCompact` itself (its source text), the same code the tests and the CLI run.
 */
export function offlinePageHtml(lang: Lang, t: T, nonce: string): string {
  const text = {
    title: t("signatures:offline.title"),
    keysCached: t("signatures:offline.keysCached", { at: "{at}" }),
    keysMissing: t("signatures:offline.keysMissing"),
    valid: t("signatures:offline.valid"),
    invalid: t("signatures:offline.invalid"),
    delegated: t("signatures:offline.delegated"),
    stepOf: t("signatures:offline.stepOf", { step: "{step}" }),
    online: t("signatures:offline.online"),
    documentType: t("signatures:offline.documentType"),
    types: Object.fromEntries(OFFLINE_TYPES.map((k) => [k, t(`signatures:types.${k}` as never)])) as Record<string, string>,
    field: Object.fromEntries(OFFLINE_FIELDS.map((k) => [k, t(`signatures:offline.field.${k}` as never)])) as Record<string, string>,
    onlinePaths: ONLINE_PATHS,
    reason: Object.fromEntries(["format", "unknownKey", "revokedKey", "badSignature", "outOfOrder", "notInChain", "keyNotValidThen", "incomplete"].map((r) => [r, t(`signatures:offline.reason.${r}` as never)])),
  };
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const json = (v: unknown) => JSON.stringify(v).replace(/</g, "\\u003c");
  const dir = lang === "ar" ? "rtl" : "ltr";
  const script = `
"use strict";
const TEXT = ${json(text)};
const LANG = ${json(lang)};
const verifyCompact = ${verifyCompact.toString()};
const KEYS_URL = "/.well-known/jwks.json";
const STORE = "amanah.jwks";
const $ = (id) => document.getElementById(id);
function fill(template, k, v) { return template.replace("{" + k + "}", v); }
async function loadKeys() {
  try {
    const res = await fetch(KEYS_URL, { cache: "no-store" });
    if (!res.ok) throw new Error(String(res.status));
    const set = await res.json();
    localStorage.setItem(STORE, JSON.stringify({ at: new Date().toISOString(), set }));
  } catch (e) { /* offline: the copy stored on this device is used */ }
  try { return JSON.parse(localStorage.getItem(STORE) || "null"); } catch (e) { return null; }
}
function row(list, label, value) {
  const dt = document.createElement("dt"); dt.textContent = label;
  const dd = document.createElement("dd"); dd.textContent = value; dd.dir = "auto";
  list.append(dt, dd);
}
async function check(stored) {
  const payload = $("payload").value.trim();
  const box = $("result");
  if (!payload) { box.hidden = true; return; }
  const outcome = stored ? await verifyCompact(payload, stored.set) : { ok: false, reason: "unknownKey" };
  box.hidden = false;
  box.dataset.status = outcome.ok ? "VALID" : "INVALID";
  box.dataset.reason = outcome.ok ? "" : outcome.reason;
  $("verdict").textContent = outcome.ok ? TEXT.valid : TEXT.invalid + " — " + (TEXT.reason[outcome.reason] || outcome.reason);
  const facts = $("facts"); facts.replaceChildren();
  const doc = outcome.document || {};
  if (doc.t) row(facts, TEXT.documentType, TEXT.types[doc.t] || String(doc.t));
  for (const k of Object.keys(TEXT.field)) if (doc[k] !== undefined) row(facts, TEXT.field[k], String(doc[k]));
  const sigs = $("signers"); sigs.replaceChildren();
  for (const s of outcome.signatures || []) {
    const li = document.createElement("li");
    li.dataset.testid = "offline-signature";
    const when = new Date(s.at * 1000).toLocaleString(LANG === "ar" ? "ar-SA-u-ca-gregory-nu-latn" : "en-GB", { timeZone: "Asia/Riyadh", dateStyle: "medium", timeStyle: "short" });
    const who = document.createElement("strong");
    who.textContent = fill(TEXT.stepOf, "step", String(s.step)) + ": " + ((LANG === "ar" ? s.name : s.nameEn) || s.kid);
    const capacity = document.createElement("div");
    capacity.textContent = ((LANG === "ar" ? s.title : s.titleEn) || s.pos) + (s.delegated ? " (" + TEXT.delegated + ")" : "");
    const time = document.createElement("div");
    time.className = "when";
    time.textContent = when;
    li.append(who, capacity, time);
    sigs.append(li);
  }
  const link = $("online");
  const onlinePath = TEXT.onlinePaths[doc.t];
  if (onlinePath && typeof doc.c === "string") { link.href = "/" + LANG + onlinePath + encodeURIComponent(doc.c); link.hidden = false; } else link.hidden = true;
}
(async () => {
  if ("serviceWorker" in navigator) navigator.serviceWorker.register(${json(SERVICE_WORKER_PATH)}, { scope: "/" + LANG + "/verify/offline" }).catch(() => {});
  const stored = await loadKeys();
  $("keys").dataset.status = stored ? "CACHED" : "MISSING";
  $("keys").textContent = stored ? fill(TEXT.keysCached, "at", new Date(stored.at).toLocaleString(LANG === "ar" ? "ar-SA-u-ca-gregory-nu-latn" : "en-GB", { timeZone: "Asia/Riyadh" })) : TEXT.keysMissing;
  const fromHash = () => { if (location.hash.length > 1) { $("payload").value = decodeURIComponent(location.hash.slice(1)); check(stored); } };
  $("form").addEventListener("submit", (e) => { e.preventDefault(); check(stored); });
  window.addEventListener("hashchange", fromHash);
  fromHash();
  document.body.dataset.ready = "1";
})();
`;
  const style = `
body{font-family:system-ui,"Noto Sans Arabic",Tahoma,sans-serif;margin:0;background:#faf8f3;color:#0f172a}
main{max-width:42rem;margin:0 auto;padding:1.5rem 1rem}
h1{font-size:1.5rem;color:#0b4f3a;margin:0 0 .5rem}
p{line-height:1.6}
label{display:block;font-weight:600;margin:1rem 0 .25rem}
textarea{width:100%;box-sizing:border-box;min-height:7rem;font-family:monospace;font-size:.8rem;padding:.5rem;border:1px solid #cbd5e1;border-radius:.5rem;direction:ltr}
button{margin-top:.75rem;min-height:2.75rem;padding:0 1.25rem;border:0;border-radius:.5rem;background:#0b6b4f;color:#fff;font-weight:700;font-size:1rem}
#result{margin-top:1.25rem;border-radius:.75rem;border:1px solid #e2e8f0;background:#fff;overflow:hidden}
#verdict{margin:0;padding:1rem;font-weight:700;font-size:1.1rem}
#result[data-status=VALID] #verdict{background:#ecfdf5;color:#065f46}
#result[data-status=INVALID] #verdict{background:#fef2f2;color:#991b1b}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1rem;padding:0 1rem;margin:1rem 0}
dt{color:#475569;font-size:.85rem}dd{margin:0;font-weight:600;overflow-wrap:anywhere}
ul{padding-inline-start:2rem;margin:.5rem 0 1rem}li{margin:.5rem 0;overflow-wrap:anywhere}.when{color:#475569;font-size:.85rem}
small{color:#475569}a{color:#0b6b4f}
`;
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(text.title)}</title>
<style nonce="${esc(nonce)}">${style}</style>
</head>
<body>
<main>
<h1>${esc(text.title)}</h1>
<p>${esc(t("signatures:offline.intro"))}</p>
<p><strong>${esc(t("signatures:offline.keys"))}:</strong> <span id="keys" data-testid="offline-keys"></span></p>
<form id="form">
<label for="payload">${esc(t("signatures:offline.payload"))}</label>
<textarea id="payload" spellcheck="false" autocomplete="off"></textarea>
<button type="submit">${esc(t("signatures:offline.check"))}</button>
</form>
<section id="result" data-testid="offline-result" aria-live="polite" hidden>
<p id="verdict" data-testid="offline-verdict"></p>
<dl id="facts"></dl>
<ul id="signers" aria-label="${esc(t("signatures:offline.signatures"))}"></ul>
<p style="padding:0 1rem"><small>${esc(t("signatures:offline.cancelNote"))}</small> <a id="online" hidden>${esc(text.online)}</a></p>
</section>
</main>
<script nonce="${esc(nonce)}">${script}</script>
</body>
</html>`;
}

/** Network first, the cached copy when offline: the page (both languages) and the published keys. */
export function serviceWorkerSource(): string {
  return `
const CACHE = ${JSON.stringify(OFFLINE_CACHE)};
const PRECACHE = ["/ar/verify/offline", "/en/verify/offline", "/.well-known/jwks.json"];
self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE)).catch(() => {}).then(() => self.skipWaiting()));
});
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || !PRECACHE.includes(url.pathname)) return;
  const key = url.origin + url.pathname;
  event.respondWith(
    fetch(event.request)
      .then((res) => {
        if (res.ok) { const copy = res.clone(); caches.open(CACHE).then((c) => c.put(key, copy)); }
        return res;
      })
      .catch(() => caches.match(key).then((hit) => hit || Response.error())),
  );
});
`;
}
