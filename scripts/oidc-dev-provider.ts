/**
 * A REAL OpenID Connect provider (the `oidc-provider` package) standing in for the national single sign-on
 * (Nafath / IAM) in development, the demo and the e2e run — never in production, where NATIONAL_SSO_ISSUER
 * points to the real one. scripts/run.ts and scripts/e2e-server.ts start it on its own port (3900 / 3901).
 *
 * It knows the seeded citizens and residents (prisma/seed: demo accounts, office founders and members by national
 * ID) plus one person the portal has never seen (to show an account created from the claims), all with the demo
 * password. Its own plain login page asks for the national ID and that password; consent is implied (the portal
 * is a first-party client). ID tokens carry national_id, name_ar, name_en, name and phone_number.
 *
 *   OIDC_DEV_PORT=3900 OIDC_DEV_CLIENT_ID=… OIDC_DEV_CLIENT_SECRET=… OIDC_DEV_REDIRECT_URIS=http://localhost:3000/api/auth/callback/national-sso \
 *     tsx scripts/oidc-dev-provider.ts
 */
import crypto from "node:crypto";
import http from "node:http";
import Provider from "oidc-provider";
import { DEMO_PASSWORD } from "../prisma/seed/demo-accounts";
import { devIdentities, devSubject } from "./lib/sso-identities";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid: string, error?: string, nationalId = ""): string {
  return `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>النفاذ الوطني الموحد (بيئة التطوير)</title>
<style>
body{font-family:system-ui,sans-serif;background:#f3f5f4;margin:0;color:#1d2b26}
main{max-width:26rem;margin:3rem auto;background:#fff;border:1px solid #d5ddd9;border-radius:.75rem;padding:1.5rem}
h1{font-size:1.3rem;margin:0 0 .25rem}p{margin:.25rem 0 1rem;color:#4a5a54;font-size:.9rem}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}input{width:100%;box-sizing:border-box;padding:.6rem;font-size:1rem;border:1px solid #9aa8a2;border-radius:.4rem}
button{margin-top:1.25rem;width:100%;padding:.7rem;font-size:1rem;background:#0b6e4f;color:#fff;border:0;border-radius:.4rem;cursor:pointer}
.error{background:#fdecea;color:#8a1c12;padding:.6rem;border-radius:.4rem}
</style></head>
<body><main>
<h1>النفاذ الوطني الموحد</h1>
<p>مزوّد هوية محلي لبيئة التطوير والتجربة — ليس النفاذ الحقيقي. Local development identity provider.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="/interaction/${escapeHtml(uid)}/login" autocomplete="off">
<label for="nationalId">رقم الهوية الوطنية / الإقامة</label>
<input id="nationalId" name="nationalId" inputmode="numeric" maxlength="10" dir="ltr" required value="${escapeHtml(nationalId)}">
<label for="password">كلمة المرور</label>
<input id="password" name="password" type="password" dir="ltr" required>
<button type="submit">دخول</button>
</form>
</main></body></html>`;
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) break;
  }
  return new URLSearchParams(body);
}

export async function startDevProvider(opts: { port: number; clientId: string; clientSecret: string; redirectUris: string[]; log?: (m: string) => void }) {
  const log = opts.log ?? ((m: string) => console.log(m)); // the supervisor prefixes "[sso]"
  const issuer = `http://localhost:${opts.port}`;
  const people = devIdentities();
  const bySubject = new Map([...people.values()].map((p) => [devSubject(p.nationalId), p]));

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: opts.clientId,
        client_secret: opts.clientSecret,
        redirect_uris: opts.redirectUris,
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: {
      openid: ["sub"],
      profile: ["name", "name_ar", "name_en"],
      phone: ["phone_number", "phone_number_verified"],
      national_id: ["national_id"],
    },
    scopes: ["openid", "profile", "phone", "national_id"],
    // The claims go in the ID token (the portal reads them there: next-auth `idToken: true`).
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    cookies: { keys: [crypto.randomBytes(32).toString("base64url")] },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx: unknown, sub: string) {
      const p = bySubject.get(sub);
      if (!p) return undefined;
      return {
        accountId: sub,
        async claims() {
          return { sub, national_id: p.nationalId, name: p.nameAr, name_ar: p.nameAr, name_en: p.nameEn, phone_number: `+${p.mobile}`, phone_number_verified: true };
        },
      };
    },
    // First-party client: consent is implied for the scopes it asks for.
    async loadExistingGrant(ctx: any) { // eslint-disable-line @typescript-eslint/no-explicit-any
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) {
        // A browser that signed in as someone else before keeps that person's grant in its session: not theirs.
        const existing = await ctx.oidc.provider.Grant.find(grantId);
        if (existing && existing.accountId === ctx.oidc.session.accountId) return existing;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope("openid profile phone national_id");
      await grant.save();
      return grant;
    },
    ttl: { Session: 60, Interaction: 600, Grant: 600, AccessToken: 300, IdToken: 300, AuthorizationCode: 60 },
  });
  provider.on("server_error", (_ctx: unknown, err: Error) => log(`server error: ${err.message}`));
  const callback = provider.callback();

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    const m = /^\/interaction\/([\w-]+)(\/login)?$/.exec(url.pathname);
    if (!m) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (details.uid !== m[1]) throw new Error("interaction mismatch");
      const html = (body: string, status = 200) => {
        res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "x-frame-options": "DENY" });
        res.end(body);
      };
      if (req.method === "GET" && !m[2]) return html(loginPage(details.uid));
      if (req.method === "POST" && m[2]) {
        const form = await readForm(req);
        const nationalId = (form.get("nationalId") ?? "").trim();
        const person = people.get(nationalId);
        if (!person || form.get("password") !== DEMO_PASSWORD) {
          return html(loginPage(details.uid, "رقم الهوية أو كلمة المرور غير صحيحة.", nationalId), 401);
        }
        log(`signed in ${nationalId}`);
        return provider.interactionFinished(req, res, { login: { accountId: devSubject(nationalId) } }, { mergeWithLastSubmission: false });
      }
      res.writeHead(405).end();
    } catch (err) {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
      res.end(`This sign-in attempt expired or is invalid: start again from the portal. (${err instanceof Error ? err.message : String(err)})`);
    }
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, "localhost", () => resolve());
  });
  log(`national SSO stand-in (oidc-provider) at ${issuer} — ${people.size} identities, password ${DEMO_PASSWORD}`);
  return { issuer, close: () => new Promise<void>((r) => server.close(() => r())) };
}

// Run as a program (the run command and the e2e server supervise it as a child process).
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const port = Number(process.env.OIDC_DEV_PORT || 3900);
  const clientId = process.env.OIDC_DEV_CLIENT_ID || "amanah-portal";
  const clientSecret = process.env.OIDC_DEV_CLIENT_SECRET;
  const redirectUris = (process.env.OIDC_DEV_REDIRECT_URIS || "").split(",").map((s) => s.trim()).filter(Boolean);
  if (!clientSecret || redirectUris.length === 0) {
    console.error("[sso]     OIDC_DEV_CLIENT_SECRET and OIDC_DEV_REDIRECT_URIS are required");
    process.exit(2);
  }
  startDevProvider({ port, clientId, clientSecret, redirectUris }).catch((err: unknown) => {
    console.error(`[sso]     could not start: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
  for (const s of ["SIGINT", "SIGTERM"] as const) process.on(s, () => process.exit(0));
}
