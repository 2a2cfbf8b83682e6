import { StatusPage } from "@/components/shells/status-page";

export default function Forbidden() {
  return <StatusPage code={403} kind="forbidden" />;
}
