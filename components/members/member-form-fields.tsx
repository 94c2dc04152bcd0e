"use client";
// The fields of the Create/Edit Member form. What the signed-in member may not set (roles above
// their own, permissions they don't hold, status without the disable permission) is disabled
// with the reason, from the same rules the server applies.
import { Controller, type UseFormReturn } from "react-hook-form";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { MemberDetail } from "@/db/queries/members";
import { whyCannotChangeStatus, whyCannotGrant } from "@/lib/members/rules";
import { GRANTABLE_PERMISSIONS, PERMISSION_LABELS, ROLE_LABELS, ROLES, assignableRoles, roleHasPermission } from "@/lib/permissions";
import type { UpdateMemberInput } from "@/lib/validation/members";
import { TeamCheckboxes } from "@/components/teams/team-checkboxes";
import { useMemberActions } from "./member-actions-provider";

/** Create uses the same shape without memberId; status is then Active or Inactive. */
export type MemberFormValues = Omit<UpdateMemberInput, "memberId"> & { memberId?: string };

export function MemberFormFields({ form, target }: { form: UseFormReturn<MemberFormValues>; target: MemberDetail | null }) {
  const { viewer, teams, departments } = useMemberActions();
  const { register, control, watch, formState } = form;
  const errors = formState.errors;
  const role = watch("role");
  const roles = assignableRoles(viewer);
  const statusReason = target ? whyCannotChangeStatus(viewer, { ...target, permissions: target.permissions }) : null;
  const pending = target?.status === "pending";

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField label="Full Name" required error={errors.name?.message}>
        <Input autoComplete="off" placeholder="Jane Cooper" {...register("name")} />
      </FormField>
      <FormField label="Email Address" required error={errors.email?.message}>
        <Input type="email" autoComplete="off" placeholder="jane@company.com" {...register("email")} />
      </FormField>
      <FormField label="Phone Number" error={errors.phone?.message}>
        <Input type="tel" autoComplete="off" placeholder="+1 555 0100" {...register("phone")} />
      </FormField>
      <FormField label="Department" required hint="Choose one or type a new department." error={errors.department?.message}>
        <Input list="member-departments" autoComplete="off" placeholder="Engineering" {...register("department")} />
      </FormField>
      <datalist id="member-departments">
        {departments.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      <FormField label="Job Title" error={errors.jobTitle?.message}>
        <Input autoComplete="off" placeholder="Software Engineer" {...register("jobTitle")} />
      </FormField>
      <FormField label="Role" required error={errors.role?.message}>
        <NativeSelect controlSize="md" className="w-full" {...register("role")}>
          {ROLES.filter((r) => roles.includes(r) || r === target?.role).map((r) => (
            <option key={r} value={r} disabled={!roles.includes(r)}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField
        label="Status"
        required
        hint={pending ? "Becomes Active when they accept the invitation." : (statusReason ?? (target ? undefined : "Active sends an invitation."))}
        error={errors.status?.message}
      >
        <NativeSelect controlSize="md" className="w-full" disabled={pending || Boolean(target && statusReason)} {...register("status")}>
          {pending ? <option value="pending">Pending</option> : null}
          <option value="active">Active</option>
          <option value="inactive">Inactive</option>
        </NativeSelect>
      </FormField>

      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium text-slate-700">Permissions</legend>
        <p className="mt-0.5 text-xs text-slate-500">Extra access on top of the role.</p>
        <Controller
          control={control}
          name="permissions"
          render={({ field }) => {
            const value = field.value ?? [];
            return (
              <ul className="mt-2 grid gap-2 sm:grid-cols-2">
                {GRANTABLE_PERMISSIONS.map((permission) => {
                  const included = roleHasPermission(role, permission);
                  const reason = included ? null : whyCannotGrant(viewer, [permission]);
                  return (
                    <li key={permission}>
                      <label className="flex items-start gap-2 text-sm text-slate-700">
                        <Checkbox
                          className="mt-0.5"
                          checked={included || value.includes(permission)}
                          disabled={included || Boolean(reason)}
                          onCheckedChange={(checked) =>
                            field.onChange(checked ? [...value, permission] : value.filter((p) => p !== permission))
                          }
                        />
                        <span>
                          {PERMISSION_LABELS[permission]}
                          {included ? <span className="block text-xs text-slate-500">Included in {ROLE_LABELS[role]}</span> : null}
                          {reason ? <span className="block text-xs text-slate-500">{reason}</span> : null}
                        </span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            );
          }}
        />
      </fieldset>

      <div className="sm:col-span-2">
        <Controller
          control={control}
          name="teamIds"
          render={({ field }) => (
            <TeamCheckboxes legend="Groups" teams={teams} value={field.value ?? []} onChange={field.onChange} error={errors.teamIds?.message} />
          )}
        />
      </div>
    </div>
  );
}
