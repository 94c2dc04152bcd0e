// /account opens its first section.
import { redirect } from "next/navigation";
import { ACCOUNT_SECTIONS } from "@/lib/account/account-sections";

export default function AccountIndexPage() {
  redirect(ACCOUNT_SECTIONS[0]!.href);
}
