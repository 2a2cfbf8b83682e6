import ar from "@/locales/ar/feedback.json";
import en from "@/locales/en/feedback.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("feedback", ar, en);
