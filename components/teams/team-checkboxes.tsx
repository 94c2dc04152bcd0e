"use client";
// Choosing teams in a form (Create/Edit Member, Invite Members, Change invitation): a scrollable
// list of checkboxes over the organization's teams, controlled by the form.
import { Checkbox } from "@/components/ui/checkbox";

export function TeamCheckboxes({
  teams,
  value,
  onChange,
  legend = "Teams",
  error,
}: {
  teams: { id: string; name: string }[];
  value: readonly string[];
  onChange: (teamIds: string[]) => void;
  legend?: string;
  error?: string;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      {teams.length === 0 ? (
        <p className="mt-1 text-sm text-slate-500">No teams yet. Create teams on the Teams page.</p>
      ) : (
        <ul className="mt-2 grid max-h-40 gap-2 overflow-y-auto rounded-md border border-slate-200 p-3 sm:grid-cols-2">
          {teams.map((team) => (
            <li key={team.id}>
              <label className="flex items-center gap-2 text-sm text-slate-700">
                <Checkbox
                  checked={value.includes(team.id)}
                  onCheckedChange={(checked) => onChange(checked ? [...value, team.id] : value.filter((id) => id !== team.id))}
                />
                <span className="min-w-0 truncate">{team.name}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p role="alert" className="mt-1 text-xs font-medium text-red-600">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
