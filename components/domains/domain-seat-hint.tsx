"use client";
// One hint line for the forms that add people (Create Member, Invite Members): when the
// organization has verified domains, anyone on them it adds takes a seat — and an address typed
// on one is named. Nothing shows for an organization without verified domains.
import { useEffect, useState } from "react";
import { listVerifiedDomainsAction } from "@/lib/actions/domains/server-actions";

export function DomainSeatHint({ slug, emails = "" }: { slug: string; emails?: string }) {
  const [domains, setDomains] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    listVerifiedDomainsAction(slug)
      .then((result) => live && result.ok && setDomains(result.data))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [slug]);
  if (domains.length === 0) return null;
  const typed = new Set(
    emails
      .toLowerCase()
      .split(/[\s,;]+/)
      .map((e) => e.split("@")[1])
      .filter((d): d is string => Boolean(d) && domains.includes(d!)),
  );
  const list = domains.length <= 3 ? domains.join(", ") : `${domains.slice(0, 3).join(", ")} and ${domains.length - 3} more`;
  return (
    <p className="text-xs text-slate-600" data-testid="domain-seat-hint">
      {typed.size > 0
        ? `${[...typed].join(", ")} ${typed.size === 1 ? "is a verified domain" : "are verified domains"} of this organization: everyone on it you add takes a seat.`
        : `Verified domains (${list}): everyone on them you add takes a seat.`}
    </p>
  );
}
