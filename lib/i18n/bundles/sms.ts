import ar from "@/locales/ar/sms.json";
import en from "@/locales/en/sms.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("sms", ar, en);
