import ar from "@/locales/ar/insights.json";
import en from "@/locales/en/insights.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("insights", ar, en);
