import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { FeedbackForm } from "@/components/forms/deferred-forms/supervision";
import { MyFeedbackList } from "@/components/supervision/my-feedback-list";
import { requirePageActor } from "@/lib/auth/require-actor";
import { feedbackOfficeOptions, myFeedback } from "@/lib/domain/offices/queries/feedback";
import { localName } from "@/lib/kernel/locale";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { fileFeedbackAction } from "./actions";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("myOfficeFeedback");

export default async function OfficeFeedbackPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "offices.feedback.file", `/${lang}/my/office-feedback`);
  const t = getT(lang);
  const [offices, mine] = await Promise.all([feedbackOfficeOptions(actor), myFeedback(actor)]);
  return (
    <>
      <PageHeader title={t("supervision:feedback.title")} subtitle={t("supervision:feedback.citizenSubtitle")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("supervision:feedback.newTitle")}>
          <FeedbackForm offices={offices.map((o) => ({ id: o.id, name: localName(lang, o) }))} allowGeneral={false} action={fileFeedbackAction} />
        </Card>
        <Card title={t("supervision:feedback.mine")}>
          <MyFeedbackList t={t} lang={lang} items={mine} />
        </Card>
      </div>
    </>
  );
}
