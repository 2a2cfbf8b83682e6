import ar from "@/locales/ar/notifications.json";
import en from "@/locales/en/notifications.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("notifications", ar, en);
