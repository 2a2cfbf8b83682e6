/**
 * Security headers of every response (decision 013). Pure: used by proxy.ts (pages, with a fresh nonce per
 * request) and next.config.ts (the static headers on everything, API routes and assets included).
 */

export type CspOptions = {
  nonce: string;
  /** `next dev` needs eval (React's dev tools, source maps) and a websocket for fast refresh. */
  dev: boolean;
  /** NEXT_PUBLIC_MAP_TILE_URL, the Leaflet tile template (`https://{s}.tile.example/{z}/{x}/{y}.png`). */
  tileUrl?: string;
  /** The national SSO issuer: sign-in forms may post or redirect there. */
  ssoIssuer?: string;
};

export const DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

/** The origin a tile template loads from, as a CSP source (`{s}` subdomains become a wildcard). */
export function tileSource(template: string | undefined): string | null {
  const t = (template || DEFAULT_TILE_URL).trim();
  const m = /^(https?):\/\/([^/?#]+)/i.exec(t);
  if (!m) return null; // a relative template: 'self' covers it
  const host = m[2]!.replace(/\{s\}/g, "*").replace(/\{[^}]*\}/g, "*");
  if (!/^[a-z0-9.*:[\]-]+$/i.test(host)) return null;
  return `${m[1]!.toLowerCase()}://${host}`;
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Scripts: only those carrying this request's nonce, and what they load ('strict-dynamic'; Next puts the nonce
 * on its own scripts when it finds it in the request's Content-Security-Policy header). No inline handlers.
 * Styles: <style>/<link> elements need the nonce or 'self'; style ATTRIBUTES are allowed ('unsafe-inline' on
 * style-src-attr only): React renders `style={{…}}` as attributes (progress bars, the map's size) and Leaflet
 * positions tiles with them. A style attribute cannot run script; the remaining risk (CSS-based defacement of
 * injected markup) needs an HTML injection that React's escaping already prevents.
 * Images: self, data: (QR codes), blob: (photo previews before upload), and the map tile server.
 */
export function contentSecurityPolicy(o: CspOptions): string {
  const tiles = tileSource(o.tileUrl);
  const sso = originOf(o.ssoIssuer);
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${o.nonce}'`, "'strict-dynamic'", ...(o.dev ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", `'nonce-${o.nonce}'`],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:", ...(tiles ? [tiles] : [])],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'", ...(o.dev ? ["ws:", "wss:"] : [])],
    ["media-src", "'self'", "blob:"],
    ["worker-src", "'self'", "blob:"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'", ...(sso ? [sso] : [])],
    ["frame-ancestors", "'none'"],
    ["frame-src", "'none'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** API routes answer JSON (or XML) only: nothing may load, nothing may frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The same on every response. Geolocation stays allowed for the portal itself: complaint forms offer
 * "use my location". Camera/microphone are not needed (photos come through file inputs).
 */
export function staticSecurityHeaders(production: boolean): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), display-capture=()",
    },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
  ];
}
