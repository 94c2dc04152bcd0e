// One realistic generated member (name, department, role, status, dates), drawn from a seeded PRNG.
import type { MemberStatus, Role } from "@/db/schema/enums";
import {
  DEPARTMENT_WEIGHTS,
  FIRST_NAMES,
  JOB_TITLES,
  JOINED_WEIGHTS,
  LAST_ACTIVE_WEIGHTS,
  LAST_NAMES,
  ROLE_WEIGHTS,
  STATUS_WEIGHTS,
  emailLocalPart,
  fictionalPhone,
  pick,
  weighted,
  type Department,
  type Rng,
} from "./demo-data";

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface GeneratedMember {
  firstName: string;
  lastName: string;
  name: string;
  /** "first.last", lowercase; the caller makes it unique and adds a domain. */
  localPart: string;
  phone: string | null;
  department: Department;
  jobTitle: string;
  role: Exclude<Role, "owner">;
  status: MemberStatus;
  joinedAt: Date | null;
  lastActiveAt: Date | null;
  createdAt: Date;
}

export interface GenerateOptions {
  now: Date;
  /** Force a status (e.g. to guarantee a mix in a small sample); otherwise drawn by weight. */
  status?: MemberStatus;
}

function daysAgo(now: Date, days: number): Date {
  return new Date(now.getTime() - Math.round(days * DAY_MS));
}

function between(rng: Rng, min: number, max: number): number {
  return min + rng() * (max - min);
}

function joinedDaysAgo(rng: Rng): number {
  switch (weighted(rng, JOINED_WEIGHTS)) {
    case "last7":
      return between(rng, 0.2, 7);
    case "last30":
      return between(rng, 7, 30);
    case "last90":
      return between(rng, 30, 90);
    default:
      return between(rng, 90, 730);
  }
}

function lastActiveDaysAgo(rng: Rng, status: MemberStatus): number | null {
  // Disabled people were last seen a while ago, if ever.
  const weights = status === "inactive" ? { week: 15, stale: 60, never: 25 } : LAST_ACTIVE_WEIGHTS;
  switch (weighted(rng, weights as Record<string, number>)) {
    case "recent":
      return between(rng, 0, 7);
    case "week":
      return between(rng, 7, 30);
    case "stale":
      return between(rng, 30, 365);
    default:
      return null;
  }
}

function jobTitleFor(rng: Rng, department: Department, role: GeneratedMember["role"]): string {
  const titles = JOB_TITLES[department];
  if (role === "manager") {
    return titles.find((title) => /Manager|Lead|Head/.test(title)) ?? `${department} Manager`;
  }
  return pick(rng, titles.filter((title) => !/Manager|Head|Lead/.test(title)));
}

export function generateMember(rng: Rng, options: GenerateOptions): GeneratedMember {
  const { now } = options;
  const firstName = pick(rng, FIRST_NAMES);
  const lastName = pick(rng, LAST_NAMES);
  const department = weighted(rng, DEPARTMENT_WEIGHTS);
  const role = weighted(rng, ROLE_WEIGHTS);
  const status = options.status ?? weighted(rng, STATUS_WEIGHTS);
  const phone = rng() < 0.4 ? fictionalPhone(rng) : null;
  const jobTitle = jobTitleFor(rng, department, role);

  let joinedAt: Date | null = null;
  let lastActiveAt: Date | null = null;
  let createdAt: Date;
  if (status === "pending") {
    // Invited within the last week, so the invitation (7 days) is still valid.
    createdAt = daysAgo(now, between(rng, 0.05, 6.5));
  } else {
    joinedAt = daysAgo(now, joinedDaysAgo(rng));
    createdAt = joinedAt;
    const activeDays = lastActiveDaysAgo(rng, status);
    if (activeDays !== null) {
      lastActiveAt = daysAgo(now, activeDays);
      // Nobody was active before they joined: place it between joining and now instead.
      if (lastActiveAt < joinedAt) {
        lastActiveAt = new Date(joinedAt.getTime() + Math.round(rng() * (now.getTime() - joinedAt.getTime())));
      }
    }
  }

  return {
    firstName,
    lastName,
    name: `${firstName} ${lastName}`,
    localPart: emailLocalPart(firstName, lastName),
    phone,
    department,
    jobTitle,
    role,
    status,
    joinedAt,
    lastActiveAt,
    createdAt,
  };
}
