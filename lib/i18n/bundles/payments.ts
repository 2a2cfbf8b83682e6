import ar from "@/locales/ar/payments.json";
import en from "@/locales/en/payments.json";
import { bundle } from "@/lib/i18n/bundle";

export default bundle("payments", ar, en);
