// Roles: what each built-in role may do, rendered from the permission table the server enforces.
import type { Metadata } from "next";
import { Minus } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { requireOrgPermission } from "@/lib/auth/require-org-permission";
import { permissionMatrix, ROLE_DESCRIPTIONS, ROLE_LABELS, ROLES } from "@/lib/permissions";

export const metadata: Metadata = { title: "Roles" };

export default async function RolesPage({ params }: PageProps<"/orgs/[slug]/roles">) {
  const { slug } = await params;
  const { member } = await requireOrgPermission(slug, "members.view");
  const matrix = permissionMatrix();

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Roles</h1>
        <p className="mt-1 text-sm text-slate-600">
          Every member has one role. Higher roles include more permissions; you are{" "}
          <strong className="font-medium text-slate-900">{ROLE_LABELS[member.role]}</strong>.
        </p>
      </div>

      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading" className="sr-only">
          Built-in roles
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {ROLES.map((role) => (
            <li
              key={role}
              className={cn(
                "rounded-xl border bg-white p-4 shadow-sm",
                role === member.role ? "border-indigo-300 ring-1 ring-indigo-200" : "border-slate-200",
              )}
            >
              <div className="flex items-center justify-between gap-2">
                <h3 className="font-semibold text-slate-900">{ROLE_LABELS[role]}</h3>
                {role === member.role ? (
                  <span className="rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-700">Your role</span>
                ) : null}
              </div>
              <p className="mt-1 text-sm text-slate-600">{ROLE_DESCRIPTIONS[role]}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="permissions-heading" className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <div className="border-b border-slate-200 px-5 py-4">
          <h2 id="permissions-heading" className="font-semibold text-slate-900">
            Permissions
          </h2>
          <p className="mt-0.5 text-sm text-slate-600">
            Admins and Managers act only on members ranked below them; only Owners act on Owners.
          </p>
        </div>
        {/* relative: keeps the cells' sr-only text inside the scroll box instead of widening the page. */}
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[44rem] text-sm">
            <caption className="sr-only">Permissions of each role</caption>
            <thead>
              <tr className="border-b border-slate-200 bg-slate-50 text-left">
                <th scope="col" className="px-5 py-3 font-medium text-slate-600">
                  Permission
                </th>
                {ROLES.map((role) => (
                  <th
                    key={role}
                    scope="col"
                    className={cn("px-3 py-3 text-center font-medium", role === member.role ? "text-indigo-700" : "text-slate-600")}
                  >
                    {ROLE_LABELS[role]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {matrix.map((row) => (
                <tr key={row.permission} className="hover:bg-slate-50/60">
                  <th scope="row" className="px-5 py-3 text-left font-normal text-slate-800">
                    {row.label}
                  </th>
                  {ROLES.map((role) => (
                    <td key={role} className={cn("px-3 py-3 text-center", role === member.role && "bg-indigo-50/40")}>
                      {row.roles[role] ? (
                        <>
                          <span className="font-semibold text-green-600" aria-hidden="true">
                            ✓
                          </span>
                          <span className="sr-only">Yes</span>
                        </>
                      ) : (
                        <>
                          <Minus className="mx-auto size-4 text-slate-300" aria-hidden="true" />
                          <span className="sr-only">No</span>
                        </>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
