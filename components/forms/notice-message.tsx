"use client";

import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { translateMessage } from "@/lib/i18n/core";

/**
 * A notice's message key ("ns:key?param=value"), translated when drawn (components/forms/notice-slot.tsx). Loaded
 * only when such a notice is shown, so the signed-in shell does not bring i18next to pages that translate nothing.
 */
const NoticeMessage = withT(function NoticeMessage({ messageKey }: { messageKey: string }) {
  const { t } = useT();
  return <>{translateMessage(t, messageKey)}</>;
});
export default NoticeMessage;
