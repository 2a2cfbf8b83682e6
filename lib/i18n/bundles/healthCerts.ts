import ar from "@/locales/ar/healthCerts.json";
import en from "@/locales/en/healthCerts.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("healthCerts", ar, en);
