import { StatusPage } from "@/components/shells/status-page";

export default function NotFound() {
  return <StatusPage code={404} titleKey="errors:pages.notFoundTitle" bodyKey="errors:pages.notFoundBody" />;
}
