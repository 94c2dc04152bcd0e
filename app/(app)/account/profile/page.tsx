// Account → Profile: the signed-in person's name, phone and job title.
import type { Metadata } from "next";
import { ProfileForm } from "@/components/account/profile-form";
import { loadAccountProfile } from "@/lib/account/account-page-data";
import { requireUser } from "@/lib/auth/org-context";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await requireUser();
  return <ProfileForm profile={await loadAccountProfile(user)} />;
}
