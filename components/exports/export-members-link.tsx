"use client";
// "Export CSV" on the members page: downloads the members list with the page's current search and
// filters (the URL's), streamed by /orgs/<slug>/members/export. Show it to those with data.export.
import { Download } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { buttonClasses, type ButtonSize } from "@/components/ui/button";

export function ExportMembersLink({ slug, size = "sm" }: { slug: string; size?: ButtonSize }) {
  const params = useSearchParams();
  const query = params.toString();
  return (
    <a href={`/orgs/${slug}/members/export${query ? `?${query}` : ""}`} download className={buttonClasses("secondary", size)}>
      <Download className="size-4" aria-hidden="true" />
      Export CSV
    </a>
  );
}
