"use client";
// The DNS TXT record an organization publishes to prove it controls a domain: name and value, each
// with a copy button, and how to publish it.
import { CopyField } from "@/components/scim/copy-button";

export function TxtRecordPanel({ domain, recordName, recordValue }: { domain: string; recordName: string; recordValue: string }) {
  const slug = domain.replace(/[^a-z0-9]+/g, "-");
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        Add this <strong>TXT</strong> record at your DNS provider for <strong>{domain}</strong>, then choose <strong>Verify</strong>. DNS changes can take a few minutes to
        appear.
      </p>
      <div className="space-y-1.5">
        <label htmlFor={`txt-name-${slug}`} className="text-sm font-medium text-slate-900">
          Name (host)
        </label>
        <CopyField id={`txt-name-${slug}`} value={recordName} label={`Copy the record name for ${domain}`} />
      </div>
      <div className="space-y-1.5">
        <label htmlFor={`txt-value-${slug}`} className="text-sm font-medium text-slate-900">
          Value
        </label>
        <CopyField id={`txt-value-${slug}`} value={recordValue} label={`Copy the record value for ${domain}`} />
      </div>
      <p className="text-xs text-slate-500">Keep the record in place: Roster checks it daily, and a domain whose record is missing for 7 days is no longer verified.</p>
    </div>
  );
}
