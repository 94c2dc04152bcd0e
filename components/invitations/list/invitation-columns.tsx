"use client";
// Column definitions of the invitations table (TanStack Table v8, manual mode: the server has
// already filtered and paged). Narrow screens show fewer columns; the first cell then carries
// status, role, expiry and delivery itself.
import type { ColumnDef, RowData } from "@tanstack/react-table";
import type { InvitationListRow } from "@/db/queries/invitations";
import { DeliveryStateCell, ExpiryCell, InvitationRoleBadge, InvitationStatusBadge, SentCell } from "./invitation-cells";
import { InvitationRowMenu } from "./invitation-row-menu";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Classes for the column's header and cells (responsive visibility, widths). */
    className?: string;
  }
}

const FROM_MD = "hidden md:table-cell";
const FROM_LG = "hidden lg:table-cell";

export function invitationColumns({ now, deliveryEnabled }: { now: number; deliveryEnabled: boolean }): ColumnDef<InvitationListRow>[] {
  return [
    {
      id: "email",
      header: "Email",
      meta: { className: "pl-4" },
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
      id: "role",
      header: "Role & teams",
      meta: { className: FROM_MD },
      cell: ({ row }) => (
        <div className="max-w-36">
          <InvitationRoleBadge role={row.original.role} />
          {row.original.teams.length > 0 ? (
            <p className="mt-1 line-clamp-2 text-xs text-slate-500" title={row.original.teams.map((t) => t.name).join(", ")}>
              {row.original.teams.map((t) => t.name).join(", ")}
            </p>
          ) : null}
        </div>
      ),
    },
    { id: "status", header: "Status", meta: { className: FROM_MD }, cell: ({ row }) => <InvitationStatusBadge status={row.original.status} /> },
    {
      id: "sent",
      header: "Sent",
      meta: { className: FROM_LG },
      cell: ({ row }) => (
        <div className="max-w-36">
          <SentCell invitation={row.original} now={now} />
          <p className="mt-0.5 truncate text-xs text-slate-500" title={row.original.invitedBy ?? undefined}>
            {row.original.invitedBy ? `by ${row.original.invitedBy}` : "by a former member"}
          </p>
        </div>
      ),
    },
    { id: "expires", header: "Expires", meta: { className: FROM_MD }, cell: ({ row }) => <ExpiryCell invitation={row.original} now={now} /> },
    {
      id: "delivery",
      header: "Delivery",
      meta: { className: FROM_MD },
      cell: ({ row }) => <DeliveryStateCell invitation={row.original} now={now} deliveryEnabled={deliveryEnabled} />,
    },
    {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      meta: { className: "w-10 pr-3 text-right" },
      cell: ({ row }) => <InvitationRowMenu invitation={row.original} />,
    },
  ];
}
