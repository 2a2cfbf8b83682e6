import ar from "@/locales/ar/permits.json";
import en from "@/locales/en/permits.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("permits", ar, en);
