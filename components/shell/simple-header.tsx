// Top bar for signed-in pages outside an organization (chooser, new organization).
import Link from "next/link";
import { Brand } from "./brand";
import { UserMenu } from "./user-menu";

export function SimpleHeader({ user }: { user: { email: string; name: string | null } }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-2.5">
        <Link href="/" className="rounded-md focus-visible:outline-2 focus-visible:outline-indigo-600">
          <Brand />
        </Link>
        <div className="flex min-w-0 items-center gap-2">
          <span className="hidden truncate text-sm text-slate-600 sm:block">{user.email}</span>
          <UserMenu email={user.email} name={user.name} variant="compact" />
        </div>
      </div>
    </header>
  );
}
