import ar from "@/locales/ar/nav.json";
import en from "@/locales/en/nav.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("nav", ar, en);
