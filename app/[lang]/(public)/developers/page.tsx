import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { AGENCY_CALLS_PER_MINUTE } from "@/lib/api/agency-auth";
import { CANCEL_REASON_CODES } from "@/lib/domain/licensing/api-schemas";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("healthCerts:developers.title") };
}

/**
 * Public documentation of the agency REST API v1 for people; the machine-readable contract is the
 * OpenAPI document generated from the zod schemas (/api/v1/openapi.json). Code samples are code, not prose.
 */
const OPENAPI = "/api/v1/openapi.json";
const HEADERS = "Authorization: Bearer amk_xxxxxx_…\nX-API-Key: amk_xxxxxx_…";
const GET_REQ = "GET /api/v1/licenses/{number}";
const POST_REQ = "POST /api/v1/licenses/{number}/cancel";
const GET_SAMPLE = `curl -H "Authorization: Bearer $AMANAH_API_KEY" \\
  https://balady.example.sa/api/v1/licenses/L10000012`;
const GET_RESPONSE = `200 OK
{
  "license": {
    "number": "L10000012", "kind": "HEALTH", "status": "ACTIVE",
    "tradeNameAr": "مطعم ركن الشرق", "commercialRegNo": "2050123456",
    "holderName": "عبدالله بن محمد القحطاني",
    "activity": { "ar": "…", "en": "…" }, "municipality": { "ar": "…", "en": "…" },
    "office": { "ar": "…", "en": "…" },
    "issuedAt": "2026-11-23T09:00:00.000Z", "validFrom": "…", "expiresAt": "2027-11-23T09:00:00.000Z",
    "cancelledAt": null, "cancelledBy": null
  }
}`;
const POST_SAMPLE = `curl -X POST -H "X-API-Key: $AMANAH_API_KEY" -H "Content-Type: application/json" \\
  -d '{"reasonCode": "LABOR_LAW_VIOLATION", "reason": "تشغيل عمالة دون تصاريح عمل سارية."}' \\
  https://balady.example.sa/api/v1/licenses/L10000012/cancel`;
const POST_RESPONSE = `200 OK
{
  "license": { "number": "L10000012", "status": "CANCELLED", "cancelledBy": "agency:LABOR", … },
  "revokedHealthCertificates": ["H1000015", "H1000028"]
}`;
const ERROR_SAMPLE = `403 Forbidden
{ "error": { "code": "FORBIDDEN", "message": "The API key does not have the scope of this operation." } }`;
const ERRORS = [
  ["400", "MALFORMED_REQUEST", "err400"],
  ["401", "UNAUTHENTICATED", "err401"],
  ["403", "FORBIDDEN", "err403"],
  ["404", "NOT_FOUND", "err404"],
  ["409", "INVALID_STATE / CONFLICT", "err409"],
  ["422", "VALIDATION", "err422"],
  ["429", "RATE_LIMITED", "err429"],
  ["500", "INTERNAL", "err500"],
] as const;

/** A code sample; it scrolls sideways on a phone, so it is in the tab order (the keyboard can scroll it). */
function Code({ children }: { children: string }) {
  return (
    <pre dir="ltr" tabIndex={0} className="overflow-x-auto rounded-lg bg-slate-900 p-4 text-start font-mono text-xs leading-relaxed text-slate-100">
      <code>{children}</code>
    </pre>
  );
}

function Endpoint({ method, title, body, children }: { method: string; title: string; body: string; children: ReactNode }) {
  return (
    <Card title={title}>
      <p className="mb-3"><code dir="ltr" className="rounded bg-sand-100 px-2 py-1 font-mono text-sm font-bold text-brand-900">{method}</code></p>
      <p className="mb-4 text-sm text-slate-700">{body}</p>
      <div className="space-y-3">{children}</div>
    </Card>
  );
}

export default async function DevelopersPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const t = getT(lang);
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-10">
      <PageHeader
        title={t("healthCerts:developers.title")}
        subtitle={t("healthCerts:developers.subtitle")}
        actions={<a href={OPENAPI} className="inline-flex min-h-11 items-center rounded-lg border border-brand-600 bg-white px-4 py-2.5 text-sm font-bold text-brand-700 hover:bg-brand-50" data-testid="openapi-link">{t("healthCerts:developers.openapi")}</a>}
      />
      <p className="text-sm text-slate-600">{t("healthCerts:developers.openapiHint")} <bdi dir="ltr" className="font-mono">{OPENAPI}</bdi></p>

      <Card title={t("healthCerts:developers.authTitle")}>
        <p className="mb-3 text-sm text-slate-700">{t("healthCerts:developers.authBody")}</p>
        <Code>{HEADERS}</Code>
      </Card>

      <Card title={t("healthCerts:developers.scopesTitle")}>
        <p className="mb-3 text-sm text-slate-700">{t("healthCerts:developers.scopesBody")}</p>
        <Table caption={t("healthCerts:developers.scopesTitle")} head={[t("healthCerts:developers.scope"), t("healthCerts:developers.scopeMeaning")]}>
          <tr><Td><code dir="ltr" className="font-mono">{"licenses:read"}</code></Td><Td>{t("healthCerts:developers.scopeRead")}</Td></tr>
          <tr><Td><code dir="ltr" className="font-mono">{"licenses:cancel"}</code></Td><Td>{t("healthCerts:developers.scopeCancel")}</Td></tr>
        </Table>
      </Card>

      <Card title={t("healthCerts:developers.limitsTitle")}>
        <p className="text-sm text-slate-700">{t("healthCerts:developers.limitsBody", { perMinute: AGENCY_CALLS_PER_MINUTE })}</p>
      </Card>

      <h2 className="pt-2 text-xl font-bold text-brand-900">{t("healthCerts:developers.endpointsTitle")}</h2>
      <Endpoint method={GET_REQ} title={t("healthCerts:developers.getTitle")} body={t("healthCerts:developers.getBody")}>
        <p className="text-sm font-bold">{t("healthCerts:developers.example")}</p>
        <Code>{GET_SAMPLE}</Code>
        <p className="text-sm font-bold">{t("healthCerts:developers.response")}</p>
        <Code>{GET_RESPONSE}</Code>
      </Endpoint>
      <Endpoint method={POST_REQ} title={t("healthCerts:developers.cancelTitle")} body={t("healthCerts:developers.cancelBody")}>
        <p className="text-sm font-bold">{t("healthCerts:developers.reasonCodes")}</p>
        <ul className="flex flex-wrap gap-2">
          {CANCEL_REASON_CODES.map((c) => <li key={c}><Badge tone="blue"><bdi dir="ltr" className="font-mono">{c}</bdi></Badge></li>)}
        </ul>
        <p className="text-sm font-bold">{t("healthCerts:developers.example")}</p>
        <Code>{POST_SAMPLE}</Code>
        <p className="text-sm font-bold">{t("healthCerts:developers.response")}</p>
        <Code>{POST_RESPONSE}</Code>
      </Endpoint>

      <Card title={t("healthCerts:developers.errorsTitle")}>
        <p className="mb-3 text-sm text-slate-700">{t("healthCerts:developers.errorsBody")}</p>
        <Table caption={t("healthCerts:developers.errorsTitle")} head={[t("healthCerts:developers.status"), t("healthCerts:developers.code"), t("healthCerts:developers.meaning")]}>
          {ERRORS.map(([status, code, key]) => (
            <tr key={status}>
              <Td><bdi dir="ltr" className="font-mono font-bold">{status}</bdi></Td>
              <Td><code dir="ltr" className="font-mono">{code}</code></Td>
              <Td>{t(`healthCerts:developers.${key}`)}</Td>
            </tr>
          ))}
        </Table>
        <div className="mt-4"><Code>{ERROR_SAMPLE}</Code></div>
      </Card>
    </div>
  );
}
