// A member's profile: details, teams, invited and joined dates, last sign-in and last activity;
// for those who may read the audit log, their role history and their timeline (events about them
// and by them). Anyone in the organization may open it; an id from elsewhere is a 404.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft, History } from "lucide-react";
import { MemberApiKeys } from "@/components/api-keys/member-api-keys";
import { ProfileSection, Fact } from "@/components/member-profile/profile-section";
import { MemberTimeline } from "@/components/member-profile/member-timeline";
import { RoleHistory } from "@/components/member-profile/role-history";
import { RoleBadge, StatusBadge } from "@/components/members/member-badges";
import { InitialsAvatar } from "@/components/ui/avatar";
import { buttonClasses } from "@/components/ui/button";
import { loadMemberApiKeysPanel } from "@/lib/api-keys/api-keys-page-data";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { formatDate, formatDateTime, formatRelative } from "@/lib/format-time";
import { loadMemberProfile } from "@/lib/members/member-profile-data";
import { PERMISSION_LABELS, ROLE_LABELS, type Permission } from "@/lib/permissions";
import { activitySearch } from "@/lib/validation/activity-search";
import { memberProfileSearch } from "@/lib/validation/member-profile-search";

export const metadata: Metadata = { title: "Member" };

function When({ date, now, empty }: { date: Date | null; now: number; empty: string }) {
  if (!date) return <span className="text-slate-600">{empty}</span>;
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date)}>
      {formatDate(date)} <span className="text-slate-600">({formatRelative(date, now)})</span>
    </time>
  );
}

export default async function MemberProfilePage({ params, searchParams }: PageProps<"/orgs/[slug]/members/[memberId]">) {
  const [{ slug, memberId }, raw] = await Promise.all([params, searchParams]);
  const context = await requireOrgPermission(slug, "members.view");
  const [profile, apiKeys] = await Promise.all([
    loadMemberProfile(context, memberId, memberProfileSearch.parse(raw)),
    // Only the member themselves, Owners and Admins see a member's keys (null for everyone else).
    loadMemberApiKeysPanel(context, memberId),
  ]);
  if (!profile) notFound();
  const { member, facts, now } = profile;
  const orgSlug = context.organization.slug;

  return (
    <div className="space-y-6">
      <Link href={`/orgs/${orgSlug}/members`} className="inline-flex items-center gap-1.5 text-sm text-slate-600 hover:text-slate-900">
        <ArrowLeft className="size-4" aria-hidden="true" />
        Members
      </Link>

      <header className="flex flex-wrap items-start gap-4">
        <InitialsAvatar name={member.name} seed={member.id} size="lg" />
        <div className="min-w-0 flex-1">
          <h1 className="text-2xl font-semibold break-words text-slate-900">{member.name}</h1>
          <p className="text-sm break-all text-slate-600">{member.email}</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <RoleBadge role={member.role} />
            <StatusBadge status={member.status} />
            {member.jobTitle ? <span className="text-sm text-slate-700">{member.jobTitle}</span> : null}
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={`/orgs/${orgSlug}/members?member=${member.id}`} className={buttonClasses("secondary", "sm")}>
            Open in members list
          </Link>
          {profile.showActivity ? (
            <Link href={`/orgs/${orgSlug}/activity${activitySearch.serialize({ member: [member.id] })}`} className={buttonClasses("secondary", "sm")}>
              <History className="size-4" aria-hidden="true" />
              In the activity log
            </Link>
          ) : null}
        </div>
      </header>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <div className="space-y-6">
          <ProfileSection id="details-heading" title="Details">
            <dl>
              <Fact term="Email">{member.email}</Fact>
              <Fact term="Phone">{member.phone ?? <span className="text-slate-600">Not given</span>}</Fact>
              <Fact term="Department">{member.department ?? <span className="text-slate-600">None</span>}</Fact>
              <Fact term="Job title">{member.jobTitle ?? <span className="text-slate-600">None</span>}</Fact>
              <Fact term="Role">{ROLE_LABELS[member.role]}</Fact>
              <Fact term="Extra permissions">
                {member.permissions.length > 0 ? member.permissions.map((p) => PERMISSION_LABELS[p as Permission] ?? p).join(", ") : <span className="text-slate-600">None</span>}
              </Fact>
            </dl>
          </ProfileSection>

          <ProfileSection id="dates-heading" title="Membership">
            <dl>
              <Fact term="Invited">
                <When date={facts.invitedAt} now={now} empty="Not invited by email" />
                {facts.invitedByName ? <span className="block text-xs text-slate-600">by {facts.invitedByName}</span> : null}
              </Fact>
              <Fact term="Joined">
                <When date={member.joinedAt} now={now} empty={member.status === "pending" ? "Not yet — invitation pending" : "Not recorded"} />
              </Fact>
              <Fact term="Last sign-in">
                <When date={facts.lastSignInAt} now={now} empty={facts.userId ? "Not recorded yet" : "Never signed in"} />
              </Fact>
              <Fact term="Last active">
                <When date={member.lastActiveAt} now={now} empty="Never" />
              </Fact>
            </dl>
          </ProfileSection>

          <ProfileSection id="teams-heading" title={`Teams (${member.teams.length})`}>
            {member.teams.length === 0 ? (
              <p className="text-slate-600">Not in any team.</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {member.teams.map((team) => (
                  <li key={team.id} className="flex items-center justify-between gap-2 py-1.5">
                    <Link href={`/orgs/${orgSlug}/teams/${team.id}`} className="font-medium text-indigo-700 hover:underline">
                      {team.name}
                    </Link>
                    <span className="text-xs text-slate-600">{team.role === "maintainer" ? "Maintainer" : "Member"}</span>
                  </li>
                ))}
              </ul>
            )}
          </ProfileSection>

          {profile.showActivity ? (
            <ProfileSection id="roles-heading" title="Role history">
              <RoleHistory entries={profile.roleHistory} currentRole={ROLE_LABELS[member.role]} since={member.joinedAt} />
            </ProfileSection>
          ) : null}
        </div>

        {profile.timeline ? (
          <section aria-labelledby="timeline-heading" className="min-w-0 self-start rounded-xl border border-slate-200 bg-white shadow-sm">
            <div className="border-b border-slate-200 px-5 py-3.5">
              <h2 id="timeline-heading" className="text-sm font-semibold text-slate-900">
                Timeline
              </h2>
              <p className="text-xs text-slate-600">Changes made to {member.name} and changes {member.name} made, newest first.</p>
            </div>
            <MemberTimeline slug={orgSlug} timeline={profile.timeline} now={now} />
          </section>
        ) : null}
      </div>

      {apiKeys ? <MemberApiKeys panel={apiKeys} heading="API keys" /> : null}
    </div>
  );
}
