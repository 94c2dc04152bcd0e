"use client";
// Settings → Domains: people whose address is on one of the organization's verified domains who
// have signed in to Roster but aren't members — the seats the domain may still need. Paged in the
// URL (?page=).
import type { DataColumn } from "@/components/data-table/data-column";
import { Users } from "lucide-react";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableEmpty } from "@/components/data-table/data-table-empty";
import { useListState } from "@/components/data-table/use-list-state";
import { SettingsCard } from "@/components/settings/settings-card";
import { Badge } from "@/components/ui/badge";
import type { DomainPerson } from "@/db/queries/domains";
import { domainPeopleState } from "@/lib/domains/people-state";
import { formatMoment } from "@/lib/format-time";

const BLOCKED: Record<string, string> = { removed: "Removed earlier", disabled: "Removed earlier", left: "Left earlier" };

export function DomainPeopleCard({
  people,
  hasVerified,
  now,
}: {
  people: { rows: DomainPerson[]; total: number; page: number; pageCount: number; pageSize: number };
  hasVerified: boolean;
  now: number;
}) {
  const list = useListState(domainPeopleState);
  const controller = list.table({ page: people.page, pageCount: people.pageCount, total: people.total, pageSize: people.pageSize });
  const columns = useMemo<DataColumn<DomainPerson>[]>(
    () => [
      {
        id: "person",
        header: "Person",
        enableSorting: false,
        cell: ({ row }) => (
          <div className="min-w-0">
            <p className="font-medium break-all text-slate-900">{row.original.name || row.original.email}</p>
            {row.original.name ? <p className="text-xs break-all text-slate-600">{row.original.email}</p> : null}
          </div>
        ),
      },
      {
        id: "lastSignIn",
        header: "Last sign-in",
        enableSorting: false,
        meta: { className: "whitespace-nowrap" },
        cell: ({ row }) => (row.original.lastSignInAt ? formatMoment(row.original.lastSignInAt, now) : "—"),
      },
      {
        id: "note",
        header: "Note",
        enableSorting: false,
        cell: ({ row }) =>
          row.original.requestPending ? (
            <Badge tone="orange">Asked to join</Badge>
          ) : row.original.blockedReason ? (
            <Badge tone="gray">{BLOCKED[row.original.blockedReason] ?? "Removed earlier"}</Badge>
          ) : null,
      },
    ],
    [now],
  );
  return (
    <SettingsCard
      title="On your domains, not members"
      headingId="domain-people-heading"
      description="People with an address on a verified domain who have signed in to Roster but aren't in this organization. Each needs a seat to be added."
    >
      <div className="-mx-5 -my-5 sm:-mx-6">
        <DataTable<DomainPerson>
          label="People on your domains who aren't members"
          id="domain-people"
          columns={columns}
          rows={people.rows}
          getRowId={(p) => p.userId}
          getRowLabel={(p) => p.email}
          controller={controller}
          empty={
            <DataTableEmpty icon={<Users className="size-5" aria-hidden="true" />} title={hasVerified ? "Everyone is in" : "No verified domain yet"}>
              {hasVerified ? "Everyone on your verified domains who has signed in is a member." : "Verify a domain to see who on it isn't a member yet."}
            </DataTableEmpty>
          }
        />
      </div>
    </SettingsCard>
  );
}
