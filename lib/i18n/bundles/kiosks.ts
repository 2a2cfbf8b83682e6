import ar from "@/locales/ar/kiosks.json";
import en from "@/locales/en/kiosks.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("kiosks", ar, en);
