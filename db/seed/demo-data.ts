// Hand-written data and a seeded PRNG for generated members: same seed, same people, no faker.

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. Returns floats in [0, 1). */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit seed from a string (FNV-1a), e.g. an organization slug. */
export function seedFromString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export type Rng = () => number;

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** Picks a key by weight: `{ active: 80, inactive: 12 }`. */
export function weighted<K extends string>(rng: Rng, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rng() * total;
  for (const [key, weight] of entries) {
    roll -= weight;
    if (roll < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

export const FIRST_NAMES = [
  "Aaliyah", "Aaron", "Abigail", "Adam", "Adrian", "Aiko", "Alejandro", "Alexander", "Alice", "Amara",
  "Amelia", "Ana", "Andre", "Andrew", "Anika", "Anna", "Arjun", "Ava", "Beatriz", "Benjamin",
  "Bianca", "Brandon", "Caleb", "Camila", "Carlos", "Caroline", "Chen", "Chloe", "Christopher", "Claire",
  "Connor", "Daniela", "David", "Diego", "Dmitri", "Elena", "Eli", "Elijah", "Elizabeth", "Emeka",
  "Emily", "Emma", "Ethan", "Fatima", "Felix", "Fiona", "Gabriel", "Grace", "Hana", "Hannah",
  "Hassan", "Henry", "Hiroshi", "Ibrahim", "Ines", "Isaac", "Isabella", "Ivan", "Jack", "James",
  "Jasmine", "Javier", "Jin", "Joao", "Jonas", "Jordan", "Joseph", "Julia", "Kai", "Karen",
  "Kenji", "Kwame", "Laila", "Lars", "Laura", "Leah", "Leila", "Leo", "Liam", "Lina",
  "Lucas", "Lucia", "Luis", "Maya", "Mateo", "Matthew", "Mei", "Mia", "Michael", "Mohammed",
  "Nadia", "Naomi", "Nathan", "Nia", "Nikolai", "Noah", "Nora", "Oliver", "Omar", "Oscar",
  "Paula", "Pedro", "Rafael", "Rachel", "Ravi", "Rebecca", "Rohan", "Rosa", "Ryan", "Samuel",
  "Sara", "Sebastian", "Sipho", "Sofia", "Sophie", "Stefan", "Tariq", "Theo", "Thomas", "Valentina",
  "Victor", "Wei", "William", "Yara", "Yuki", "Yusuf", "Zainab", "Zara", "Zoe", "Zoltan",
] as const;

export const LAST_NAMES = [
  "Abbott", "Adeyemi", "Alvarez", "Andersen", "Bakker", "Banerjee", "Barnes", "Becker", "Bianchi", "Brooks",
  "Campbell", "Castillo", "Chang", "Clarke", "Costa", "Dahl", "Das", "Dubois", "Edwards", "Eriksson",
  "Evans", "Fernandes", "Fischer", "Foster", "Garcia", "Gonzalez", "Gupta", "Hansen", "Harris", "Hayes",
  "Hernandez", "Hoffmann", "Hughes", "Ibrahim", "Ito", "Jensen", "Johansson", "Kapoor", "Kaur", "Kelly",
  "Kim", "Kowalski", "Kumar", "Larsen", "Laurent", "Lee", "Lopez", "Mahmoud", "Martin", "Mendes",
  "Meyer", "Mitchell", "Moreau", "Morgan", "Murphy", "Nakamura", "Nguyen", "Novak", "Nowak", "Okafor",
  "Oliveira", "Olsen", "Osei", "Park", "Patel", "Pereira", "Petrov", "Quinn", "Ramirez", "Reddy",
  "Reyes", "Richter", "Rossi", "Russo", "Sato", "Schmidt", "Schneider", "Shah", "Silva", "Singh",
  "Smith", "Sorensen", "Suzuki", "Tanaka", "Taylor", "Thompson", "Torres", "Tran", "Turner", "Varga",
  "Vasquez", "Wagner", "Walker", "Wang", "Watanabe", "Weber", "Williams", "Wong", "Yamamoto", "Zhang",
] as const;

export const DEPARTMENTS = [
  "Engineering",
  "Data Science",
  "Sales",
  "Support",
  "Marketing",
  "Finance",
  "Design",
  "Operations",
] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** How people spread over departments in a typical software company. */
export const DEPARTMENT_WEIGHTS: Record<Department, number> = {
  Engineering: 34,
  "Data Science": 10,
  Sales: 15,
  Support: 13,
  Marketing: 9,
  Finance: 5,
  Design: 7,
  Operations: 7,
};

export const JOB_TITLES: Record<Department, readonly string[]> = {
  Engineering: [
    "Software Engineer",
    "Senior Software Engineer",
    "Staff Engineer",
    "Backend Engineer",
    "Frontend Engineer",
    "Site Reliability Engineer",
    "QA Engineer",
    "Engineering Manager",
  ],
  "Data Science": ["Data Scientist", "Data Analyst", "Machine Learning Engineer", "Data Engineer", "Analytics Lead"],
  Sales: ["Account Executive", "Sales Development Representative", "Account Manager", "Sales Engineer", "Head of Sales"],
  Support: ["Support Specialist", "Customer Success Manager", "Technical Support Engineer", "Support Team Lead"],
  Marketing: ["Product Marketing Manager", "Content Strategist", "Growth Marketer", "Marketing Coordinator"],
  Finance: ["Financial Analyst", "Accountant", "Controller", "Payroll Specialist"],
  Design: ["Product Designer", "UX Researcher", "Senior Product Designer", "Brand Designer"],
  Operations: ["Operations Manager", "IT Administrator", "People Partner", "Office Manager", "Recruiter"],
};

/** Roles of generated members: mostly individual contributors, a few managers and admins. */
export const ROLE_WEIGHTS = { developer: 44, analyst: 24, viewer: 22, manager: 7, admin: 3 } as const;

export const STATUS_WEIGHTS = { active: 80, inactive: 11, pending: 9 } as const;

/** When people joined: some very recently, so the 7/30/90-day filters have rows. */
export const JOINED_WEIGHTS = { last7: 6, last30: 9, last90: 15, older: 70 } as const;

/** When active people were last seen: recently, a while ago, long ago, or never. */
export const LAST_ACTIVE_WEIGHTS = { recent: 55, week: 22, stale: 15, never: 8 } as const;

export interface TeamSpec {
  name: string;
  description: string;
  /** Members of these departments may be placed in the team. */
  departments: readonly Department[];
  /** Members with these roles join too, whatever their department. */
  roles?: readonly ("admin" | "manager")[];
}

/** The demo organization's teams; the large seed reuses them. */
export const ACME_TEAMS: readonly TeamSpec[] = [
  { name: "Engineering", description: "Everyone who builds and runs the product.", departments: ["Engineering"] },
  { name: "Backend", description: "APIs, databases and the services behind them.", departments: ["Engineering"] },
  { name: "Frontend", description: "The web app, design system and accessibility.", departments: ["Engineering", "Design"] },
  { name: "Data", description: "Analytics, reporting and machine learning.", departments: ["Data Science"] },
  { name: "Sales", description: "New business and account management.", departments: ["Sales"] },
  { name: "Support", description: "Customer support and success.", departments: ["Support"] },
  { name: "Marketing", description: "Campaigns, content and product marketing.", departments: ["Marketing"] },
  { name: "Leadership", description: "Department heads and the executive team.", departments: [], roles: ["admin", "manager"] },
];

export const GLOBEX_TEAMS: readonly TeamSpec[] = [
  { name: "Research", description: "Product research and prototyping.", departments: ["Engineering", "Data Science", "Design"] },
  { name: "Operations", description: "Finance, people and facilities.", departments: ["Operations", "Finance", "Sales", "Support", "Marketing"] },
];

/** Email local part for a name: "Ana Lopez" → "ana.lopez". */
export function emailLocalPart(firstName: string, lastName: string): string {
  return `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z0-9.]/g, "");
}

/** A fictional phone number (the 555-01xx range is reserved for fiction). */
export function fictionalPhone(rng: Rng): string {
  return `+1 555 01${String(Math.floor(rng() * 100)).padStart(2, "0")}`;
}
