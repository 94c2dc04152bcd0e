"use client";
// The view modal of one member (URL param `member`): Basic Information, Role & Permissions,
// Group Assignments and recent activity. Opens at once with what the row knows, then fills in
// from the server; an unknown or foreign id shows "Member not found" and nothing else.
import type { ReactNode } from "react";
import { InitialsAvatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { MemberProfileLink } from "@/components/member-profile/member-profile-link";
import type { MemberRow } from "./member-row";
import type { MemberDetail } from "@/db/queries/members";
import type { MemberSessionSummary } from "@/db/queries/sessions";
import { PERMISSION_LABELS, PERMISSIONS, ROLE_LABELS, roleHasPermission, type Permission } from "@/lib/permissions";
import { RoleBadge, StatusBadge } from "./member-badges";
import { formatDate, formatDateTime, formatRelative } from "@/lib/format-time";
import { describeAuditAction } from "./member-display";
import { MemberSessions } from "./member-sessions";

export interface LoadedMemberDetail {
  /** The id that was asked for. */
  memberId: string;
  /** Null: no such member in this organization. */
  member: MemberDetail | null;
  /** Their sessions, when the viewer may end them. */
  sessions?: MemberSessionSummary | null;
}

export function MemberViewDialog({
  slug,
  memberId,
  loaded,
  preview,
  showActivity,
  now,
  onClose,
  editAction,
}: {
  slug: string;
  /** The member to show (from the URL), or undefined when closed. */
  memberId: string | undefined;
  loaded: LoadedMemberDetail | null;
  /** The member's row in the current page, shown while the details load. */
  preview: MemberRow | undefined;
  showActivity: boolean;
  now: number;
  onClose: () => void;
  /** The Edit button, for those who may edit some members. */
  editAction?: (member: MemberDetail) => ReactNode;
}) {
  const ready = loaded !== null && loaded.memberId === memberId;
  const member = ready ? loaded.member : null;

  return (
    <Dialog open={memberId !== undefined} onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent className="max-w-2xl" aria-describedby={undefined}>
        {ready && !member ? (
          <NotFound />
        ) : (
          <>
            <DialogHeader className="flex items-center gap-4">
              <InitialsAvatar name={member?.name ?? preview?.name ?? "?"} seed={memberId} size="lg" />
              <div className="min-w-0 flex-1">
                <DialogTitle className="truncate">{member?.name ?? preview?.name ?? "Member details"}</DialogTitle>
                <p className="truncate text-sm text-slate-600">{member?.email ?? preview?.email ?? "\u00a0"}</p>
                <div className="mt-1.5 flex flex-wrap gap-1.5">
                  {member || preview ? (
                    <>
                      <RoleBadge role={(member ?? preview)!.role} />
                      <StatusBadge status={(member ?? preview)!.status} />
                    </>
                  ) : (
                    <Skeleton className="h-5 w-32" />
                  )}
                </div>
              </div>
            </DialogHeader>
            <DialogBody className="space-y-6" aria-busy={!ready || undefined} tabIndex={0} aria-label="Member details">
              {member ? <Details member={member} showActivity={showActivity} now={now} /> : <DetailsSkeleton />}
              {member ? <MemberSessions member={member} summary={loaded?.sessions} now={now} /> : null}
            </DialogBody>
          </>
        )}
        <DialogFooter>
          {member ? <MemberProfileLink slug={slug} memberId={member.id} size="md" /> : null}
          {member && editAction ? editAction(member) : null}
          <DialogClose asChild>
            <Button variant="secondary">Close</Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

function NotFound() {
  return (
    <DialogHeader className="border-b-0 pb-2">
      <DialogTitle>Member not found</DialogTitle>
      <DialogDescription>
        This member doesn’t exist in this organization, or has been removed. Check the link, or pick someone from the list.
      </DialogDescription>
    </DialogHeader>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `member-section-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="mb-3 text-xs font-semibold tracking-wide text-slate-600 uppercase">
        {title}
      </h3>
      {children}
    </section>
  );
}

function Field({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className ? `min-w-0 ${className}` : "min-w-0"}>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="mt-0.5 text-sm break-words text-slate-900">{children}</dd>
    </div>
  );
}

const none = <span className="text-slate-600">Not set</span>;

function Details({ member, showActivity, now }: { member: MemberDetail; showActivity: boolean; now: number }) {
  const fromRole = PERMISSIONS.filter((p) => roleHasPermission(member.role, p));
  const extra = member.permissions.filter((p) => !(fromRole as string[]).includes(p));
  return (
    <>
      <Section title="Basic Information">
        <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
          <Field label="Name">{member.name}</Field>
          <Field label="Email">{member.email}</Field>
          <Field label="Phone">{member.phone ?? none}</Field>
          <Field label="Department">{member.department ?? none}</Field>
          <Field label="Job Title">{member.jobTitle ?? none}</Field>
          <Field label="Joined">
            {member.joinedAt ? <time dateTime={member.joinedAt.toISOString()}>{formatDate(member.joinedAt)}</time> : "Not yet joined"}
          </Field>
          <Field label="Last Login">
            {member.lastActiveAt ? (
              <time dateTime={member.lastActiveAt.toISOString()} title={formatDateTime(member.lastActiveAt)}>
                {formatRelative(member.lastActiveAt, now, { capitalized: true })}
              </time>
            ) : (
              "Never"
            )}
          </Field>
        </dl>
      </Section>

      <Section title="Role & Permissions">
        <dl className="grid grid-cols-2 gap-x-6 gap-y-4">
          <Field label="Role">
            <RoleBadge role={member.role} />
          </Field>
          <Field label="Status">
            <StatusBadge status={member.status} />
          </Field>
          <Field label="Permissions" className="col-span-2">
              {extra.length > 0 ? (
                <span className="flex flex-wrap gap-1.5">
                  {extra.map((p) => (
                    <Badge key={p} tone="indigo" className="rounded-md">
                      {PERMISSION_LABELS[p as Permission] ?? p}
                    </Badge>
                  ))}
                </span>
              ) : (
                <span className="text-slate-600">No permissions beyond the role</span>
              )}
              <span className="mt-3 block text-xs text-slate-600">Included with {ROLE_LABELS[member.role]}:</span>
              <span className="mt-1.5 flex flex-wrap gap-1.5">
                {fromRole.map((p) => (
                  <Badge key={p} tone="gray" className="rounded-md font-normal">
                    {PERMISSION_LABELS[p]}
                  </Badge>
                ))}
              </span>
          </Field>
        </dl>
      </Section>

      <Section title="Group Assignments">
        {member.teams.length === 0 ? (
          <p className="text-sm text-slate-600">Not in any team.</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
            {member.teams.map((team) => (
              <li key={team.id} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
                <span className="truncate text-slate-900">{team.name}</span>
                <Badge tone={team.role === "maintainer" ? "indigo" : "gray"}>
                  {team.role === "maintainer" ? "Maintainer" : "Member"}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </Section>

      {showActivity ? (
        <Section title="Recent activity">
          {member.recentActivity.length === 0 ? (
            <p className="text-sm text-slate-600">No recorded activity yet.</p>
          ) : (
            <ol className="space-y-3">
              {member.recentActivity.map((event) => (
                <li key={event.id} className="flex gap-3 text-sm">
                  <span aria-hidden="true" className="mt-1.5 size-2 shrink-0 rounded-full bg-slate-300" />
                  <div className="min-w-0">
                    <p className="text-slate-900">{describeAuditAction(event.action, event.metadata)}</p>
                    <p className="text-xs text-slate-600">
                      {event.actorName || event.actorEmail ? `by ${event.actorName ?? event.actorEmail} · ` : ""}
                      <time dateTime={event.createdAt.toISOString()} title={formatDateTime(event.createdAt)}>
                        {formatRelative(event.createdAt, now, { capitalized: true })}
                      </time>
                    </p>
                  </div>
                </li>
              ))}
            </ol>
          )}
        </Section>
      ) : null}
    </>
  );
}

function DetailsSkeleton() {
  return (
    <div className="space-y-6" role="status" aria-label="Loading member details">
      {[0, 1, 2].map((section) => (
        <div key={section} className="space-y-3">
          <Skeleton className="h-3 w-32" />
          <div className="grid gap-4 sm:grid-cols-2">
            <Skeleton className="h-9" />
            <Skeleton className="h-9" />
            <Skeleton className="h-9" />
            <Skeleton className="h-9" />
          </div>
        </div>
      ))}
    </div>
  );
}
