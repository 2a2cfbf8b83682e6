import ar from "@/locales/ar/violations.json";
import en from "@/locales/en/violations.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("violations", ar, en);
