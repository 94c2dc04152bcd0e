// The 404 page, also shown for organizations the visitor is not a member of (reveals nothing).
import Link from "next/link";
import { Compass } from "lucide-react";
import { Brand } from "@/components/shell/brand";
import { buttonClasses } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="flex min-h-screen flex-col items-center justify-center bg-slate-50 px-4 py-12 text-center">
      <Brand className="mb-10" />
      <span className="grid size-12 place-items-center rounded-full bg-slate-100 text-slate-500" aria-hidden="true">
        <Compass className="size-6" />
      </span>
      <p className="mt-4 text-sm font-semibold text-indigo-600">404</p>
      <h1 className="mt-1 text-2xl font-semibold text-slate-900">Page not found</h1>
      <p className="mt-2 max-w-sm text-sm text-slate-600">
        This page doesn&apos;t exist, or you don&apos;t have access to it. Check the address, or go back to your
        organizations.
      </p>
      <Link href="/" className={buttonClasses("primary", "md", "mt-6")}>
        Go to Roster
      </Link>
    </div>
  );
}
