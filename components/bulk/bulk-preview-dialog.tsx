"use client";
// The preview dialog of a bulk action: its few fields, then — from the server, with the same rules
// Apply uses — how many members will change and how many will be skipped, grouped by reason.
// Apply runs it (the selection is resolved again at that moment) and shows the result toast.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogBody, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormError, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { applyBulkActionAction, previewBulkActionAction } from "@/lib/actions/bulk/server-actions";
import type { BulkPreview } from "@/lib/actions/bulk/preview-bulk-action";
import type { FieldErrors } from "@/lib/errors";
import { ROLE_LABELS, ROLES } from "@/lib/permissions";
import type { BulkOperationType, BulkSelection } from "@/lib/validation/bulk";
import { showBulkResult } from "./bulk-result-toast";

export const OPERATION_LABELS: Record<BulkOperationType, string> = {
  change_role: "Change role",
  add_to_teams: "Add to teams",
  remove_from_team: "Remove from team",
  disable: "Disable",
  enable: "Re-enable",
  remove: "Remove selected",
  send_message: "Send message",
};

const DONE: Record<BulkOperationType, string> = {
  change_role: "Role changed",
  add_to_teams: "Added to teams",
  remove_from_team: "Removed from the team",
  disable: "Disabled",
  enable: "Re-enabled",
  remove: "Removed",
  send_message: "Message sent",
};

export function BulkPreviewDialog({
  slug,
  type,
  teams,
  selection,
  count,
  onClose,
  onDone,
}: {
  slug: string;
  type: BulkOperationType;
  teams: { id: string; name: string }[];
  selection: BulkSelection;
  count: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const router = useRouter();
  const [role, setRole] = useState("viewer");
  const [teamIds, setTeamIds] = useState<string[]>([]);
  const [teamRole, setTeamRole] = useState("member");
  const [teamId, setTeamId] = useState(teams[0]?.id ?? "");
  const [subject, setSubject] = useState("");
  const [message, setMessage] = useState("");
  const [email, setEmail] = useState(true);
  const [inApp, setInApp] = useState(true);
  const [preview, setPreview] = useState<BulkPreview | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const operation =
    type === "change_role" ? { type, role }
    : type === "add_to_teams" ? { type, teamIds, teamRole }
    : type === "remove_from_team" ? { type, teamId }
    : type === "send_message" ? { type, subject, message, email, inApp }
    : { type };
  const key = JSON.stringify(operation);

  useEffect(() => {
    let live = true;
    const run = async () => {
      const result = await previewBulkActionAction(slug, { selection, operation: JSON.parse(key) as unknown });
      if (!live) return;
      if (result.ok) {
        setPreview(result.data);
        setErrors({});
        setFormError(null);
      } else {
        setPreview(null);
        setErrors(result.fieldErrors ?? {});
        setFormError(result.fieldErrors ? null : result.error);
      }
    };
    const timer = setTimeout(() => void run(), 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [slug, selection, key]);

  const fieldError = (name: string) => (errors[`operation.${name}`] ?? errors[name])?.[0];

  async function apply() {
    setBusy(true);
    setFormError(null);
    try {
      const result = await applyBulkActionAction(slug, { selection, operation });
      if (!result.ok) {
        setFormError(result.error);
        setErrors(result.fieldErrors ?? {});
        return;
      }
      onClose();
      showBulkResult(slug, DONE[type], result.data, () => {
        onDone();
        router.refresh();
      });
    } finally {
      setBusy(false);
    }
  }

  const changing = preview?.willChange ?? 0;
  return (
    <Dialog open onOpenChange={(open) => (open || busy ? undefined : onClose())}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{OPERATION_LABELS[type]}</DialogTitle>
          <DialogDescription>
            {selection.kind === "filter" ? `All ${count.toLocaleString("en-US")} members matching the filter (counted again when you apply).` : `${count.toLocaleString("en-US")} selected members.`}
          </DialogDescription>
        </DialogHeader>
        <DialogBody className="space-y-4 text-sm">
          {type === "change_role" ? (
            <FormField label="New role" error={fieldError("role")}>
              <NativeSelect controlSize="md" value={role} onChange={(e) => setRole(e.target.value)}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABELS[r]}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
          ) : null}
          {type === "add_to_teams" ? (
            <>
              <fieldset className="space-y-2">
                <legend className="text-sm font-medium text-slate-800">Teams</legend>
                <div className="max-h-40 space-y-1.5 overflow-y-auto">
                  {teams.map((team) => (
                    <label key={team.id} className="flex items-center gap-2">
                      <Checkbox checked={teamIds.includes(team.id)} onCheckedChange={(on) => setTeamIds((ids) => (on ? [...ids, team.id] : ids.filter((id) => id !== team.id)))} />
                      {team.name}
                    </label>
                  ))}
                </div>
                {fieldError("teamIds") ? <p className="text-xs font-medium text-red-600">{fieldError("teamIds")}</p> : null}
              </fieldset>
              <FormField label="Team role">
                <NativeSelect controlSize="md" value={teamRole} onChange={(e) => setTeamRole(e.target.value)}>
                  <option value="member">Member</option>
                  <option value="maintainer">Maintainer</option>
                </NativeSelect>
              </FormField>
            </>
          ) : null}
          {type === "remove_from_team" ? (
            <FormField label="Team" error={fieldError("teamId")}>
              <NativeSelect controlSize="md" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
                {teams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
          ) : null}
          {type === "send_message" ? (
            <>
              <FormField label="Subject" required error={fieldError("subject")}>
                <Input value={subject} maxLength={150} onChange={(e) => setSubject(e.target.value)} />
              </FormField>
              <FormField label="Message" required hint="Plain text; links and addresses are not allowed." error={fieldError("message")}>
                <Textarea rows={4} value={message} maxLength={2000} onChange={(e) => setMessage(e.target.value)} />
              </FormField>
              <fieldset className="flex flex-wrap gap-4">
                <legend className="sr-only">Send it</legend>
                <label className="flex items-center gap-2">
                  <Checkbox checked={inApp} onCheckedChange={setInApp} /> In the app (email as each member chose)
                </label>
                <label className="flex items-center gap-2">
                  <Checkbox checked={email} onCheckedChange={setEmail} /> By email
                </label>
              </fieldset>
              {fieldError("email") ? <p className="text-xs font-medium text-red-600">{fieldError("email")}</p> : null}
            </>
          ) : null}
          <section aria-label="Preview" aria-live="polite" className="rounded-lg border border-slate-200 bg-slate-50 p-3">
            {preview ? (
              <>
                <p className="font-medium text-slate-900" data-testid="bulk-preview-change">
                  {changing.toLocaleString("en-US")} {changing === 1 ? "member" : "members"} will {type === "send_message" ? "get the message" : "change"}
                </p>
                {preview.skipped.length ? (
                  <ul className="mt-2 space-y-1 text-slate-700" data-testid="bulk-preview-skipped">
                    {preview.skipped.map((group) => (
                      <li key={group.reason}>
                        <span className="font-medium">{group.count.toLocaleString("en-US")} skipped:</span> {group.reason}
                        {group.examples.length ? <span className="block text-xs text-slate-600">{group.examples.join(", ")}{group.count > group.examples.length ? ", …" : ""}</span> : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
                <p className="mt-2 text-xs text-slate-600">{preview.undoable ? "You can undo this for 10 minutes." : "A message can't be unsent."}</p>
              </>
            ) : (
              <p className="text-slate-600">{formError || Object.keys(errors).length ? "Fix the fields above to see what will happen." : "Checking who this applies to…"}</p>
            )}
          </section>
          <FormError message={formError} />
        </DialogBody>
        <DialogFooter>
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button variant={type === "remove" || type === "disable" ? "danger" : "primary"} onClick={() => void apply()} disabled={busy || !preview || changing === 0}>
            {busy ? "Applying…" : `${OPERATION_LABELS[type]}${preview ? ` (${changing.toLocaleString("en-US")})` : ""}`}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
