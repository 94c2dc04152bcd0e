"use client";
// Settings → SCIM, first card: whether provisioning is on, and the base URL to give the identity
// provider. Turning it off makes every SCIM request answer 403 until it is turned on again.
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useActionForm } from "@/components/forms/use-action-form";
import { SettingsCard } from "@/components/settings/settings-card";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { setScimEnabledAction } from "@/lib/actions/scim/server-actions";
import { setScimEnabledSchema } from "@/lib/validation/scim";
import { CopyField } from "./copy-button";

export function ScimSwitchCard({ slug, enabled, baseUrl }: { slug: string; enabled: boolean; baseUrl: string }) {
  const router = useRouter();
  // One button: it asks for the opposite of the current state.
  const { onSubmit, formError, pending } = useActionForm<{ enabled: boolean }, { enabled: boolean }>({
    schema: setScimEnabledSchema,
    defaultValues: { enabled: !enabled },
    action: (values) => setScimEnabledAction(slug, values),
    onSuccess: (data) => {
      toast.success(data.enabled ? "SCIM provisioning is on." : "SCIM provisioning is off.");
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <SettingsCard
        title="SCIM provisioning"
        headingId="scim-heading"
        description="Let Okta, Microsoft Entra ID or another identity provider create, update, deactivate and remove members and manage teams."
        footer={
          <Button type="submit" variant={enabled ? "secondary" : "primary"} disabled={pending}>
            {pending ? "Saving…" : enabled ? "Turn off SCIM" : "Turn on SCIM"}
          </Button>
        }
      >
        <div className="space-y-5">
          <p className="flex items-center gap-2 text-sm text-slate-700">
            Status:{" "}
            <Badge tone={enabled ? "green" : "gray"}>{enabled ? "On" : "Off"}</Badge>
            <span className="text-slate-500">
              {enabled ? "Requests with a valid token are answered." : "Every SCIM request is refused (403)."}
            </span>
          </p>
          <div className="space-y-1.5">
            <Label htmlFor="scim-base-url">Base URL (SCIM connector base URL / Tenant URL)</Label>
            <CopyField id="scim-base-url" value={baseUrl} label="Copy the SCIM base URL" />
          </div>
          <FormError message={formError} />
        </div>
      </SettingsCard>
    </form>
  );
}
