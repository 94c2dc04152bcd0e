// Which teams a generated member belongs to: their department's main team, perhaps a sub-team,
// and Leadership for managers and admins. Managers maintain the teams they are in.
import type { TeamRole } from "@/db/schema/enums";
import { pick, type Rng, type TeamSpec } from "./demo-data";
import type { GeneratedMember } from "./generate-member";

export function assignTeams(
  rng: Rng,
  specs: readonly TeamSpec[],
  person: Pick<GeneratedMember, "department" | "role">,
  /** Share of people placed in their department's teams (0..1). */
  share: number,
): { name: string; role: TeamRole }[] {
  const role: TeamRole = person.role === "manager" || rng() < 0.03 ? "maintainer" : "member";
  const chosen: { name: string; role: TeamRole }[] = [];
  const candidates = specs.filter((spec) => spec.departments.includes(person.department));
  if (candidates.length > 0 && rng() < share) {
    chosen.push({ name: candidates[0]!.name, role });
    if (candidates.length > 1) chosen.push({ name: pick(rng, candidates.slice(1)).name, role });
  }
  for (const spec of specs) {
    const joinsByRole = spec.roles?.some((r) => r === person.role) ?? false;
    if (joinsByRole && !chosen.some((team) => team.name === spec.name)) chosen.push({ name: spec.name, role: "member" });
  }
  return chosen;
}
