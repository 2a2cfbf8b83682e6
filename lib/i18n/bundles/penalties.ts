import ar from "@/locales/ar/penalties.json";
import en from "@/locales/en/penalties.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("penalties", ar, en);
