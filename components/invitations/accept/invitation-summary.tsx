// What a pending invitation offers: the organization, who invited you, the role, teams and fields
// chosen at invite time, the inviter's message (plain text, labelled as theirs) and when the link expires.
import { Briefcase, Building2, Clock, KeyRound, Mail, Shield, UsersRound } from "lucide-react";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { InvitationView } from "@/db/queries/invitation-acceptance";
import { PERMISSION_LABELS, ROLE_DESCRIPTIONS, ROLE_LABELS, type Permission } from "@/lib/permissions";
import { formatInviteDate } from "./format";

export function InvitationSummary({ view }: { view: InvitationView }) {
  const inviter = view.inviterName ?? "Someone";
  const permissions = view.permissions.map((p) => PERMISSION_LABELS[p as Permission] ?? p);
  const position = [view.jobTitle, view.department].filter(Boolean).join(" · ");
  return (
    <div className="px-6 pt-8 pb-6 sm:px-8">
      <div className="flex items-center gap-4">
        <span className="grid size-12 shrink-0 place-items-center rounded-xl bg-indigo-600 text-lg font-semibold text-white" aria-hidden="true">
          {view.organization.name.trim().charAt(0).toUpperCase() || "?"}
        </span>
        <div className="min-w-0">
          <p className="text-sm text-slate-600">
            <span className="font-medium text-slate-900">{inviter}</span> invited you to join
          </p>
          <h1 className="text-xl font-semibold break-words text-slate-900">{view.organization.name}</h1>
        </div>
      </div>

      {view.message ? (
        // The inviter's words, labelled as theirs and rendered as text only: never linkified.
        <figure className="mt-5">
          <figcaption className="text-xs font-medium text-slate-500">Message from {inviter}:</figcaption>
          <blockquote className="mt-1.5 rounded-lg border-l-4 border-indigo-200 bg-indigo-50/60 px-4 py-3 text-sm break-words whitespace-pre-line text-slate-700">
            {view.message}
          </blockquote>
        </figure>
      ) : null}

      <dl className="mt-6 divide-y divide-slate-100 rounded-lg border border-slate-200 text-sm">
        <Row icon={Mail} label="Invited address">
          <span className="font-medium break-all text-slate-900">{view.email}</span>
        </Row>
        <Row icon={Shield} label="Role">
          <Badge tone="indigo">{ROLE_LABELS[view.role]}</Badge>
          <span className="mt-1 block text-xs text-slate-500">{ROLE_DESCRIPTIONS[view.role]}</span>
        </Row>
        <Row icon={UsersRound} label="Teams">
          {view.teamNames.length ? (
            <span className="flex flex-wrap gap-1.5">
              {view.teamNames.map((name) => (
                <Badge key={name}>{name}</Badge>
              ))}
            </span>
          ) : (
            <span className="text-slate-500">No teams</span>
          )}
        </Row>
        {position ? (
          <Row icon={view.jobTitle ? Briefcase : Building2} label={view.jobTitle ? "Position" : "Department"}>
            <span className="text-slate-900">{position}</span>
          </Row>
        ) : null}
        {permissions.length ? (
          <Row icon={KeyRound} label="Extra permissions">
            <span className="text-slate-900">{permissions.join(", ")}</span>
          </Row>
        ) : null}
      </dl>
      <p className="mt-3 flex items-center gap-1.5 text-xs text-slate-500">
        <Clock className="size-3.5" aria-hidden="true" />
        This invitation expires on {formatInviteDate(view.expiresAt)}.
      </p>
    </div>
  );
}

function Row({ icon: Icon, label, children }: { icon: typeof Mail; label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 px-4 py-3 sm:grid-cols-[9.5rem_1fr] sm:gap-3">
      <dt className="flex items-center gap-2 text-slate-500">
        <Icon className="size-4 shrink-0" aria-hidden="true" />
        {label}
      </dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}
