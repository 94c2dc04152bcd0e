"use server";
// Signs the current user out (deletes the database session) and returns to the sign-in page.
import { signOut } from "@/lib/auth";

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
