import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/require-actor";
import { AUDIENCE_HOME, homeAudience } from "@/lib/auth/roles";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("auth:signIn") };
}

export default async function SignInPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ callbackUrl?: string }> }) {
  const lang = await langOf(params);
  const { callbackUrl } = await searchParams;
  const actor = await currentActor();
  if (actor && !callbackUrl) redirect(`/${lang}${AUDIENCE_HOME[homeAudience(actor.roles)]}`);
  const t = getT(lang);
  return (
    <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 md:grid-cols-2 md:items-start">
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t("auth:title")}</h1>
        <p className="mt-3 text-slate-600">{t("auth:intro")}</p>
        <ul className="mt-6 space-y-3 text-sm text-slate-700">
          <li className="rounded-lg border border-sand-200 bg-white p-4"><span className="font-bold">{t("auth:kinds.citizen")}: </span>{t("auth:citizenExplain")}</li>
          <li className="rounded-lg border border-sand-200 bg-white p-4"><span className="font-bold">{t("auth:kinds.staff")}: </span>{t("auth:staffExplain")}</li>
        </ul>
      </div>
      <Card>
        <SignInForm lang={lang} callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
      </Card>
    </div>
  );
}
