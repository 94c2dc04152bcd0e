"use client";
// The new-organization form: the URL slug follows the name until the user edits it.
import { useActionState, useState } from "react";
import { Loader2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { CreateOrganizationState } from "@/lib/actions/organizations/create-organization";
import { createOrganizationAction } from "@/lib/actions/organizations/server-actions";
import { slugify } from "@/lib/slugify";

export function CreateOrganizationForm() {
  const [state, formAction, pending] = useActionState<CreateOrganizationState, FormData>(createOrganizationAction, null);
  const failure = state && !state.ok ? state : null;
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const nameError = failure?.fieldErrors?.name?.[0];
  const slugError = failure?.fieldErrors?.slug?.[0];
  const formError = failure && !nameError && !slugError ? failure.error : undefined;

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <div className="space-y-1.5">
        <Label htmlFor="org-name">Organization name</Label>
        <Input
          id="org-name"
          name="name"
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            if (!slugEdited) setSlug(slugify(event.target.value));
          }}
          placeholder="Acme Inc."
          autoComplete="organization"
          maxLength={80}
          required
          autoFocus
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? "org-name-error" : undefined}
        />
        {nameError ? (
          <p id="org-name-error" className="text-sm text-red-600">
            {nameError}
          </p>
        ) : null}
      </div>

      <div className="space-y-1.5">
        <Label htmlFor="org-slug">URL</Label>
        <div className="flex rounded-md shadow-sm">
          <span className="inline-flex items-center rounded-l-md border border-r-0 border-slate-300 bg-slate-50 px-3 text-sm text-slate-500">
            /orgs/
          </span>
          <Input
            id="org-slug"
            name="slug"
            value={slug}
            onChange={(event) => {
              setSlug(event.target.value.toLowerCase());
              setSlugEdited(event.target.value !== "");
            }}
            placeholder="acme-inc"
            maxLength={48}
            required
            spellCheck={false}
            autoCapitalize="none"
            className="rounded-l-none shadow-none"
            aria-invalid={slugError ? true : undefined}
            aria-describedby={slugError ? "org-slug-error org-slug-hint" : "org-slug-hint"}
          />
        </div>
        {slugError ? (
          <p id="org-slug-error" className="text-sm text-red-600">
            {slugError}
          </p>
        ) : null}
        <p id="org-slug-hint" className="text-xs text-slate-500">
          Lowercase letters, numbers and hyphens. Filled in from the name; you can change it.
        </p>
      </div>

      {formError ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {formError}
        </p>
      ) : null}

      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? <Loader2 className="size-4 animate-spin" aria-hidden="true" /> : null}
        {pending ? "Creating…" : "Create organization"}
      </Button>
    </form>
  );
}
