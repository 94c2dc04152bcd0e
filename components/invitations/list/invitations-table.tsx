"use client";
// The invitations in the shared data table: one page from the server, paged and sized through the
// URL, one row menu for the whole table, row selection with its bulk actions (Remove), and the
// empty and no-results states.
import { MailOpen, SearchX } from "lucide-react";
import { useMemo, type ReactNode } from "react";
import { DataTable, type TableSelection } from "@/components/data-table/data-table";
import { DataTableEmpty } from "@/components/data-table/data-table-empty";
import type { TableController } from "@/components/data-table/table-controller";
import { Button } from "@/components/ui/button";
import type { InvitationListRow } from "@/db/queries/invitations";
import { invitationColumns } from "./invitation-columns";
import { InvitationMenuItems } from "./invitation-row-menu";

export function InvitationsTable({
  rows,
  controller,
  now,
  deliveryEnabled,
  organizationHasNone,
  query,
  onShowAll,
  selectionActions,
}: {
  rows: InvitationListRow[];
  controller: TableController;
  now: number;
  deliveryEnabled: boolean;
  organizationHasNone: boolean;
  /** The email search in force, to say why nothing matches. */
  query: string;
  onShowAll: () => void;
  /** What can be done with the ticked rows (shown in the selection bar). */
  selectionActions?: (selection: TableSelection) => ReactNode;
}) {
  const columns = useMemo(() => invitationColumns({ now, deliveryEnabled }), [now, deliveryEnabled]);
  return (
    <DataTable<InvitationListRow>
      label="Invitations"
      id="invitations"
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      getRowLabel={(row) => row.email}
      controller={controller}
      selectable={Boolean(selectionActions)}
      selectionActions={selectionActions}
      noun={{ one: "invitation", many: "invitations" }}
      rowClassName="align-top [&>td]:align-top"
      menus={{
        actions: {
          label: (row) => `Actions for ${row.email}`,
          className: "w-64",
          items: (row, afterClose) => <InvitationMenuItems invitation={row} afterClose={afterClose} />,
        },
      }}
      empty={
        organizationHasNone ? (
          <DataTableEmpty icon={<MailOpen className="size-5" aria-hidden="true" />} title="No invitations yet">
            Invitations appear here once you invite people from the Members page.
          </DataTableEmpty>
        ) : (
          <DataTableEmpty
            icon={<SearchX className="size-5" aria-hidden="true" />}
            title="No invitations match"
            action={
              <Button variant="secondary" size="sm" onClick={onShowAll}>
                Show all invitations
              </Button>
            }
          >
            {query ? `No invitation to an address containing “${query}” with this status.` : "No invitation has this status."}
          </DataTableEmpty>
        )
      }
    />
  );
}
