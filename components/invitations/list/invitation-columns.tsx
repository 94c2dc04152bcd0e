"use client";
// Column definitions of the invitations table in the shared data table (the server has already
// filtered and paged; nothing sorts). Narrow screens show fewer columns; the first cell then carries
// status, role, expiry and delivery itself.
import type { DataColumn } from "@/components/data-table/data-column";
import { RowMenuButton } from "@/components/data-table/row-menu-button";
import type { InvitationListRow } from "@/db/queries/invitations";
import { DeliveryStateCell, ExpiryCell, InvitationRoleBadge, InvitationStatusBadge, SentCell } from "./invitation-cells";

const FROM_MD = "hidden md:table-cell";
const FROM_LG = "hidden lg:table-cell";

export function invitationColumns({ now, deliveryEnabled }: { now: number; deliveryEnabled: boolean }): DataColumn<InvitationListRow>[] {
  return [
    {
      enableSorting: false,
      id: "email",
      header: "Email",
            cell: ({ row }) => (
        <div className="max-w-56 min-w-0">
          <div className="truncate font-medium text-slate-900" title={row.original.email}>
            {row.original.email}
          </div>
          <div className="mt-1 flex flex-wrap items-center gap-1 md:hidden">
            <InvitationStatusBadge status={row.original.status} />
            <InvitationRoleBadge role={row.original.role} />
            <ExpiryCell invitation={row.original} now={now} compact />
          </div>
          <p className="mt-1 text-xs text-slate-500 lg:hidden">
            <SentCell invitation={row.original} now={now} inline />
            {row.original.invitedBy ? ` by ${row.original.invitedBy}` : null}
          </p>
          <div className="mt-1.5 text-xs md:hidden">
            <DeliveryStateCell invitation={row.original} now={now} deliveryEnabled={deliveryEnabled} />
          </div>
        </div>
      ),
    },
    {
      enableSorting: false,
      id: "role",
      header: "Role & teams",
      meta: { className: FROM_MD },
      cell: ({ row }) => (
        <div className="max-w-36">
          <InvitationRoleBadge role={row.original.role} />
          {row.original.teams.length > 0 ? (
            <p className="mt-1 line-clamp-2 text-xs text-slate-600" title={row.original.teams.map((t) => t.name).join(", ")}>
              {row.original.teams.map((t) => t.name).join(", ")}
            </p>
          ) : null}
        </div>
      ),
    },
    { enableSorting: false, id: "status", header: "Status", meta: { className: FROM_MD }, cell: ({ row }) => <InvitationStatusBadge status={row.original.status} /> },
    {
      enableSorting: false,
      id: "sent",
      header: "Sent",
      meta: { className: FROM_LG },
      cell: ({ row }) => (
        <div className="max-w-36">
          <SentCell invitation={row.original} now={now} />
          <p className="mt-0.5 truncate text-xs text-slate-600" title={row.original.invitedBy ?? undefined}>
            {row.original.invitedBy ? `by ${row.original.invitedBy}` : "by a former member"}
          </p>
        </div>
      ),
    },
    { enableSorting: false, id: "expires", header: "Expires", meta: { className: FROM_MD }, cell: ({ row }) => <ExpiryCell invitation={row.original} now={now} /> },
    {
      enableSorting: false,
      id: "delivery",
      header: "Delivery",
      meta: { className: FROM_MD },
      cell: ({ row }) => <DeliveryStateCell invitation={row.original} now={now} deliveryEnabled={deliveryEnabled} />,
    },
    {
      enableSorting: false,
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      meta: { className: "w-10 text-right", label: "Actions" },
      cell: ({ row }) => (
        <RowMenuButton menu="actions" label={`Actions for ${row.original.email}`} className="dt-menu-button">
          <span aria-hidden="true">•••</span>
        </RowMenuButton>
      ),
    },
  ];
}
