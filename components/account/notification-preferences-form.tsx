"use client";
// Account → Notifications, for one organization: per category, email (right away, daily or weekly
// digest, off) and the bell (on/off); below, a team's own setting for the team categories. Saved as
// a whole with the action's own schema (form kit).
import { Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray } from "react-hook-form";
import { toast } from "sonner";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { FormError } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { updateNotificationPreferencesAction } from "@/lib/actions/notifications/server-actions";
import type { NotificationCategory } from "@/lib/notifications/categories";
import type { PreferenceRow, TeamOverride } from "@/lib/notifications/notifications-page-data";
import { updatePreferencesSchema } from "@/lib/validation/notifications";

type Frequency = "realtime" | "daily" | "weekly" | "off";
const FREQUENCIES: [Frequency, string][] = [
  ["realtime", "Right away"],
  ["daily", "Daily digest"],
  ["weekly", "Weekly digest"],
  ["off", "Off"],
];

interface Values {
  preferences: { category: NotificationCategory; scope: string; email: Frequency; inApp: boolean }[];
}

export function NotificationPreferencesForm({
  slug,
  organizationName,
  general,
  overrides,
  teams,
}: {
  slug: string;
  organizationName: string;
  general: PreferenceRow[];
  overrides: TeamOverride[];
  teams: { id: string; name: string }[];
}) {
  const router = useRouter();
  const teamNames = new Map(teams.map((t) => [t.id, t.name]));
  const teamCategories = general.filter((row) => row.perTeam);
  const { form, onSubmit, formError, pending } = useActionForm<Values, { saved: number }>({
    schema: updatePreferencesSchema,
    defaultValues: {
      preferences: [
        ...general.map((row) => ({ category: row.category, scope: "", email: row.email, inApp: row.inApp })),
        ...overrides.map((o) => ({ category: o.category, scope: o.teamId, email: o.email, inApp: o.inApp })),
      ],
    },
    action: (values) => updateNotificationPreferencesAction(slug, values),
    onSuccess: (_data, values) => {
      toast.success(`Notification settings for ${organizationName} saved.`);
      form.reset(values);
      router.refresh();
    },
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "preferences" });
  const [newTeam, setNewTeam] = useState(teams[0]?.id ?? "");
  const [newCategory, setNewCategory] = useState<NotificationCategory>(teamCategories[0]?.category ?? "team_membership");
  const values = form.watch("preferences");
  const taken = new Set(values.map((p) => `${p.category}:${p.scope}`));

  return (
    <Card>
      <form onSubmit={onSubmit} noValidate aria-labelledby="preferences-heading">
        <div className="border-b border-slate-200 px-5 py-4 sm:px-6">
          <h2 id="preferences-heading" className="text-base font-semibold text-slate-900">
            Notifications in {organizationName}
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            How you hear of what happens here: by email (right away, or gathered into a daily or weekly digest) and in the bell.
          </p>
        </div>

        <fieldset className="px-5 py-2 sm:px-6">
          <legend className="sr-only">Each kind of notification</legend>
          <ul className="divide-y divide-slate-100">
            {fields.map((field, index) => {
              const row = general.find((g) => g.category === field.category);
              if (field.scope !== "" || !row) return null;
              return (
                <li key={field.id} className="grid gap-3 py-4 sm:grid-cols-[minmax(0,1fr)_11rem_6rem] sm:items-center">
                  <div className="min-w-0">
                    <p className="text-sm font-medium text-slate-900" id={`pref-${index}-label`}>
                      {row.label}
                    </p>
                    <p className="text-sm text-slate-600">{row.description}</p>
                  </div>
                  {row.emailAlwaysSent ? (
                    <p className="text-sm text-slate-600">
                      <input type="hidden" {...form.register(`preferences.${index}.email`)} />
                      Email always sent
                    </p>
                  ) : (
                    <label className="block text-sm">
                      <span className="mb-1 block text-xs font-medium text-slate-600 sm:sr-only">Email for {row.label}</span>
                      <NativeSelect className="w-full" aria-label={`Email for ${row.label}`} {...form.register(`preferences.${index}.email`)}>
                        {FREQUENCIES.map(([value, label]) => (
                          <option key={value} value={value}>
                            {label}
                          </option>
                        ))}
                      </NativeSelect>
                    </label>
                  )}
                  <InAppToggle form={form} index={index} label={row.label} />
                </li>
              );
            })}
          </ul>
        </fieldset>

        {teamCategories.length > 0 ? (
          <section aria-labelledby="team-settings-heading" className="border-t border-slate-200 px-5 py-4 sm:px-6">
            <h3 id="team-settings-heading" className="text-sm font-semibold text-slate-900">
              Team settings
            </h3>
            <p className="mt-1 text-sm text-slate-600">A team&apos;s own setting wins over the general one, for that team only.</p>
            <ul className="mt-2 divide-y divide-slate-100" aria-label="Team settings">
              {fields.map((field, index) => {
                if (field.scope === "") return null;
                const label = `${teamNames.get(field.scope) ?? "Team"} · ${general.find((g) => g.category === field.category)?.label ?? field.category}`;
                return (
                  <li key={field.id} className="grid gap-3 py-3 sm:grid-cols-[minmax(0,1fr)_11rem_6rem_2.5rem] sm:items-center">
                    <p className="min-w-0 text-sm font-medium break-words text-slate-900">{label}</p>
                    <NativeSelect className="w-full" aria-label={`Email for ${label}`} {...form.register(`preferences.${index}.email`)}>
                      {FREQUENCIES.map(([value, text]) => (
                        <option key={value} value={value}>
                          {text}
                        </option>
                      ))}
                    </NativeSelect>
                    <InAppToggle form={form} index={index} label={label} />
                    <Button type="button" variant="ghost" size="sm" className="px-2" onClick={() => remove(index)} aria-label={`Remove the setting for ${label}`}>
                      <Trash2 className="size-4" aria-hidden="true" />
                    </Button>
                  </li>
                );
              })}
            </ul>
            {teams.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">This organization has no teams yet.</p>
            ) : (
              <div className="mt-3 flex flex-wrap items-end gap-2">
                <label className="text-sm">
                  <span className="mb-1 block text-xs font-medium text-slate-600">Team</span>
                  <NativeSelect value={newTeam} onChange={(e) => setNewTeam(e.target.value)}>
                    {teams.map((team) => (
                      <option key={team.id} value={team.id}>
                        {team.name}
                      </option>
                    ))}
                  </NativeSelect>
                </label>
                <label className="text-sm">
                  <span className="mb-1 block text-xs font-medium text-slate-600">Kind</span>
                  <NativeSelect value={newCategory} onChange={(e) => setNewCategory(e.target.value as NotificationCategory)}>
                    {teamCategories.map((row) => (
                      <option key={row.category} value={row.category}>
                        {row.label}
                      </option>
                    ))}
                  </NativeSelect>
                </label>
                <Button
                  type="button"
                  variant="secondary"
                  size="sm"
                  disabled={!newTeam || taken.has(`${newCategory}:${newTeam}`)}
                  onClick={() => append({ category: newCategory, scope: newTeam, email: "off", inApp: true })}
                >
                  <Plus className="size-4" aria-hidden="true" />
                  Add team setting
                </Button>
              </div>
            )}
          </section>
        ) : null}

        <div className="space-y-3 border-t border-slate-200 px-5 py-4 sm:px-6">
          <FormError message={formError} />
          <div className="flex justify-end">
            <Button type="submit" disabled={pending}>
              {pending ? "Saving…" : "Save notification settings"}
            </Button>
          </div>
        </div>
      </form>
    </Card>
  );
}

function InAppToggle({ form, index, label }: { form: ReturnType<typeof useActionForm<Values, { saved: number }>>["form"]; index: number; label: string }) {
  const checked = form.watch(`preferences.${index}.inApp`);
  return (
    <label className="flex items-center gap-2 text-sm text-slate-800">
      <Checkbox checked={checked} onCheckedChange={(next) => form.setValue(`preferences.${index}.inApp`, next, { shouldDirty: true })} aria-label={`In app: ${label}`} />
      <span aria-hidden="true">In app</span>
    </label>
  );
}
