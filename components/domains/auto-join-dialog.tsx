"use client";
// A verified domain's auto-join: on or off, the role people join with (never Owner; only roles the
// viewer may give) and the teams they are added to.
import { useRouter } from "next/navigation";
import { Controller } from "react-hook-form";
import { toast } from "sonner";
import { FormDialogFooter } from "@/components/forms/form-dialog-footer";
import { useActionForm } from "@/components/forms/use-action-form";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import type { Role } from "@/db/schema/enums";
import { updateAutoJoinAction } from "@/lib/actions/domains/server-actions";
import type { DomainRow } from "@/lib/domains/domains-page-data";
import { ROLE_LABELS } from "@/lib/permissions";
import { updateAutoJoinSchema } from "@/lib/validation/domains";

interface Values {
  domainId: string;
  autoJoin: boolean;
  role: Role;
  teamIds: string[];
}

export function AutoJoinDialog({
  slug,
  domain,
  teams,
  roles,
  onClose,
}: {
  slug: string;
  domain: DomainRow | null;
  teams: { id: string; name: string }[];
  roles: Role[];
  onClose: () => void;
}) {
  return (
    <Dialog open={domain !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent>{domain ? <AutoJoinForm key={domain.id} slug={slug} domain={domain} teams={teams} roles={roles} onClose={onClose} /> : null}</DialogContent>
    </Dialog>
  );
}

function AutoJoinForm({ slug, domain, teams, roles, onClose }: { slug: string; domain: DomainRow; teams: { id: string; name: string }[]; roles: Role[]; onClose: () => void }) {
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm<Values>({
    schema: updateAutoJoinSchema,
    defaultValues: { domainId: domain.id, autoJoin: domain.status === "verified" ? domain.autoJoin : false, role: domain.autoJoinRole, teamIds: domain.autoJoinTeamIds },
    action: (values) => updateAutoJoinAction(slug, values),
    onSuccess: (_, values) => {
      toast.success(values.autoJoin ? `Auto-join is on for ${domain.domain}.` : `Auto-join is off for ${domain.domain}.`);
      onClose();
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const verified = domain.status === "verified";
  const roleChoices = roles.includes(domain.autoJoinRole) ? roles : [domain.autoJoinRole, ...roles];
  return (
    <form onSubmit={onSubmit} noValidate className="flex min-h-0 flex-1 flex-col">
      <DialogHeader>
        <DialogTitle>Auto-join for {domain.domain}</DialogTitle>
        <DialogDescription>People who sign in with a verified @{domain.domain} address join at once, while a seat is free.</DialogDescription>
      </DialogHeader>
      <DialogBody className="space-y-5">
        <Controller
          control={form.control}
          name="autoJoin"
          render={({ field }) => (
            <div className="space-y-1">
              <label className="flex items-center gap-2 text-sm font-medium text-slate-900">
                <Checkbox checked={field.value} onCheckedChange={(checked) => field.onChange(checked === true)} disabled={!verified} />
                Let people on {domain.domain} join automatically
              </label>
              <p className="pl-6 text-xs text-slate-500">
                {verified ? "Off: they can ask to join from their organization list, and Admins approve or decline." : "Verify the domain first."}
              </p>
              {errors.autoJoin ? (
                <p role="alert" className="pl-6 text-xs font-medium text-red-600">
                  {errors.autoJoin.message}
                </p>
              ) : null}
            </div>
          )}
        />
        <FormField label="Role they join with" hint="Never Owner. Seats: everyone who joins takes one." error={errors.role?.message}>
          <NativeSelect controlSize="md" className="w-full sm:w-64" {...form.register("role")}>
            {roleChoices.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-900">Teams they join</legend>
          {teams.length === 0 ? (
            <p className="text-sm text-slate-500">This organization has no teams yet.</p>
          ) : (
            <Controller
              control={form.control}
              name="teamIds"
              render={({ field }) => (
                <ul className="grid gap-1.5 sm:grid-cols-2">
                  {teams.map((team) => (
                    <li key={team.id}>
                      <label className="flex items-center gap-2 text-sm text-slate-800">
                        <Checkbox
                          checked={field.value.includes(team.id)}
                          onCheckedChange={(checked) => field.onChange(checked ? [...field.value, team.id] : field.value.filter((id) => id !== team.id))}
                        />
                        <span className="truncate">{team.name}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              )}
            />
          )}
          {errors.teamIds ? (
            <p role="alert" className="text-xs font-medium text-red-600">
              {errors.teamIds.message ?? "Check the teams."}
            </p>
          ) : null}
        </fieldset>
      </DialogBody>
      <FormDialogFooter submitLabel="Save auto-join" onCancel={onClose} pending={pending} error={formError} />
    </form>
  );
}
