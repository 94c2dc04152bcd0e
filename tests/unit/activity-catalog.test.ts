// Every audit action the code writes has a label in the one catalog (lib/activity/action-catalog.ts),
// so the activity log, its filter and its CSV never show a raw code — and the catalog lists nothing
// the code no longer writes. Actions are found in the source the way a reader would: `action:` with
// a string literal (or both branches of a conditional), or a local `audit("…")` helper's first argument.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_KEYS, actionLabel } from "@/lib/activity/action-catalog";
import { changesText, describeAuditEvent } from "@/lib/activity/describe-event";

const ROOT = path.join(import.meta.dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function actionsInCode(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of ["lib", "db", "app"].flatMap((dir) => sourceFiles(path.join(ROOT, dir)))) {
    const text = fs.readFileSync(file, "utf8");
    for (const match of text.matchAll(/action:\s*([^,}\n]+)/g)) {
      for (const literal of match[1]!.matchAll(/"([a-z_]+\.[a-z_.]+)"/g)) found.set(literal[1]!, path.relative(ROOT, file));
    }
    for (const match of text.matchAll(/\baudit\(\s*"([a-z_]+\.[a-z_.]+)"/g)) found.set(match[1]!, path.relative(ROOT, file));
  }
  return found;
}

describe("the audit action catalog", () => {
  const inCode = actionsInCode();

  it("finds the actions the code writes", () => {
    expect(inCode.size).toBeGreaterThan(30);
    expect(inCode.get("member.role_changed")).toBeDefined();
  });

  it("has a label for every action the code writes", () => {
    const missing = [...inCode].filter(([action]) => !AUDIT_ACTION_KEYS.includes(action as never)).map(([action, file]) => `${action} (written in ${file})`);
    expect(missing, "add these to AUDIT_ACTIONS in lib/activity/action-catalog.ts").toEqual([]);
  });

  it("lists only actions the code writes", () => {
    const stale = AUDIT_ACTION_KEYS.filter((action) => !inCode.has(action));
    expect(stale, "remove these from AUDIT_ACTIONS, or write them").toEqual([]);
  });

  it("reads an unknown action as its code made readable", () => {
    expect(actionLabel("member.role_changed")).toBe("Changed a role");
    expect(actionLabel("billing.plan_changed")).toBe("Billing plan changed");
  });
});

describe("what an event changed", () => {
  it("reads a role change as before → after in the role's label", () => {
    const described = describeAuditEvent({ action: "member.role_changed", metadata: { from: "developer", to: "analyst" } });
    expect(described.changes).toEqual([{ field: "Role", before: "Developer", after: "Analyst" }]);
    expect(changesText(described.changes)).toBe("Role: Developer → Analyst");
  });

  it("reads every field of an edit, with lists and missing values", () => {
    const described = describeAuditEvent({
      action: "member.updated",
      metadata: { changes: { jobTitle: { from: null, to: "CTO" }, teams: { from: ["Alpha"], to: ["Beta", "Gamma"] }, status: { from: "active", to: "inactive" }, permissions: { from: [], to: ["audit.view"] } } },
    });
    expect(changesText(described.changes)).toBe("Job title: — → CTO; Teams: Alpha → Beta, Gamma; Status: Active → Inactive; Permissions: — → View activity and audit log");
  });

  it("reads disabling, settings changes and renamed teams", () => {
    expect(describeAuditEvent({ action: "member.disabled", metadata: {} }).changes).toEqual([{ field: "Status", before: "Active", after: "Inactive" }]);
    expect(describeAuditEvent({ action: "organization.updated", metadata: { changes: { defaultRole: { from: "developer", to: "viewer" } } } }).changes).toEqual([
      { field: "Default role", before: "Developer", after: "Viewer" },
    ]);
    expect(describeAuditEvent({ action: "team.updated", metadata: { previousName: "Web" }, targetName: "Frontend" }).changes).toEqual([{ field: "Name", before: "Web", after: "Frontend" }]);
  });

  it("details invitations removed from the list, one or in bulk", () => {
    expect(describeAuditEvent({ action: "invitation.removed", metadata: { status: "declined", role: "developer", memberRemoved: false } }).details).toEqual([
      "Was Declined",
      "Role offered: Developer",
    ]);
    expect(describeAuditEvent({ action: "invitation.removed", metadata: { status: "expired", role: "viewer", memberRemoved: true } }).details).toEqual([
      "Was Expired",
      "Role offered: Viewer",
      "Seat freed",
    ]);
    expect(describeAuditEvent({ action: "invitations.bulk_removed", metadata: { removed: 3, skipped: { "Cancel it first": 2, other: 1 }, remaining: 1200 } }).details).toEqual([
      "3 invitations removed",
      "3 invitations kept",
      "1,200 more left to remove",
    ]);
    expect(describeAuditEvent({ action: "invitations.bulk_removed", metadata: { removed: 1, skipped: {} } }).details).toEqual(["1 invitation removed"]);
  });

  it("adds short details and survives odd metadata", () => {
    expect(describeAuditEvent({ action: "member.sessions_ended", metadata: { count: 3 } }).details).toEqual(["3 sessions"]);
    expect(describeAuditEvent({ action: "member.invited", metadata: { role: "viewer" } }).details).toEqual(["Role: Viewer"]);
    expect(describeAuditEvent({ action: "member.removed", metadata: { role: "admin", note: "Left", reviewName: "Q3" } }).details).toEqual(["Was Admin", "Access review: Q3", "Note: Left"]);
    expect(describeAuditEvent({ action: "anything.else", metadata: null as never })).toEqual({ label: "Anything else", changes: [], details: [] });
  });
});
