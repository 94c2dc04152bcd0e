// Account → Organizations: where the signed-in person is a member, with Leave.
import type { Metadata } from "next";
import { OrganizationList } from "@/components/account/organization-list";
import { loadAccountOrganizations } from "@/lib/account/account-page-data";
import { requireUser } from "@/lib/auth/org-context";

export const metadata: Metadata = { title: "Organizations" };

export default async function OrganizationsPage() {
  const user = await requireUser();
  return <OrganizationList organizations={await loadAccountOrganizations(user)} />;
}
