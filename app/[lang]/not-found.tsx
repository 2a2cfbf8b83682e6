import { StatusPage } from "@/components/shells/status-page";

export default function NotFound() {
  return <StatusPage code={404} kind="notFound" />;
}
