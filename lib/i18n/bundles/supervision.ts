import ar from "@/locales/ar/supervision.json";
import en from "@/locales/en/supervision.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("supervision", ar, en);
