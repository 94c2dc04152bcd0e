"use client";
// A member's API access level (Full, Read-only, None) for Owners and Admins: it caps every key the
// member holds from their next request on. Others see the level and why they can't change it.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import type { ApiAccess } from "@/db/schema/enums";
import { setApiAccessAction } from "@/lib/actions/api-keys/server-actions";
import { API_ACCESS_DESCRIPTIONS, API_ACCESS_LABELS, API_ACCESS_LEVELS } from "@/lib/api-keys/scopes";

export function ApiAccessControl({ slug, member, blockedReason }: { slug: string; member: { id: string; name: string; apiAccess: ApiAccess }; blockedReason: string | null }) {
  const router = useRouter();
  const [level, setLevel] = useState<ApiAccess>(member.apiAccess);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    setSaving(true);
    setError(null);
    try {
      const result = await setApiAccessAction(slug, { memberId: member.id, apiAccess: level });
      if (!result.ok) return setError(result.error);
      toast.success(`${member.name}'s API access is now ${API_ACCESS_LABELS[level]}.`);
      router.refresh();
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="space-y-1.5">
          <label htmlFor={`api-access-${member.id}`} className="text-sm font-medium text-slate-900">
            API access
          </label>
          <NativeSelect
            id={`api-access-${member.id}`}
            controlSize="md"
            className="w-full sm:w-48"
            value={level}
            disabled={blockedReason !== null || saving}
            aria-describedby={`api-access-${member.id}-hint`}
            onChange={(e) => setLevel(e.target.value as ApiAccess)}
          >
            {API_ACCESS_LEVELS.map((value) => (
              <option key={value} value={value}>
                {API_ACCESS_LABELS[value]}
              </option>
            ))}
          </NativeSelect>
        </div>
        {blockedReason === null ? (
          <Button variant="secondary" onClick={() => void save()} disabled={saving || level === member.apiAccess}>
            {saving ? "Saving…" : "Save access"}
          </Button>
        ) : null}
      </div>
      <p id={`api-access-${member.id}-hint`} className="text-xs text-slate-600">
        {API_ACCESS_DESCRIPTIONS[level]}
        {blockedReason ? ` ${blockedReason}` : ""}
      </p>
      <FormError message={error} />
    </div>
  );
}
