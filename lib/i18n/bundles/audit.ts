import ar from "@/locales/ar/audit.json";
import en from "@/locales/en/audit.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("audit", ar, en);
