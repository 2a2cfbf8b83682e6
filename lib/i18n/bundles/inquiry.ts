import ar from "@/locales/ar/inquiry.json";
import en from "@/locales/en/inquiry.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("inquiry", ar, en);
