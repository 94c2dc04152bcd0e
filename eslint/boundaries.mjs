// Roster's layer boundaries as lint rules, so CI fails instead of a reviewer having to notice:
//   app/ → components/ → lib/ (actions → kernel → domain) → db/, and never back up.
// ESLint gives a file one set of options per rule (a later block replaces an earlier one), so
// every file falls in exactly one block below, which lists every restriction that applies to it.
// tests/, bench/, e2e/ and scripts/ are outside these blocks: they talk to the database on purpose.
import fs from "node:fs";
import path from "node:path";
import tseslint from "typescript-eslint";

const SOURCE = "**/*.{ts,tsx,mts,cts}";
const inDir = (dir) => `${dir}/${SOURCE}`;

/** The feature folders under lib/actions (every folder but the shared kernel), read at lint time. */
export function actionFeatures(root = path.join(import.meta.dirname, "..")) {
  return fs
    .readdirSync(path.join(root, "lib", "actions"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "kernel")
    .map((entry) => entry.name)
    .sort();
}

const drizzleOnlyInDb = {
  group: ["drizzle-orm", "drizzle-orm/*"],
  message: "SQL lives in db/: call a named function from db/queries (or db/transaction.ts) instead of Drizzle.",
};

const schemaMessage =
  "Outside db/, import schema tables only as types (`import type`); queries belong in db/queries. Enum values come from @/db/schema/enums.";
// The index is a path of its own: as a pattern it would cover every file under it, and a
// covered parent can't have a child (enums) re-allowed.
const schemaOnlyAsTypes = [
  { name: "@/db/schema", allowTypeImports: true, message: schemaMessage },
  { group: ["@/db/schema/*", "!@/db/schema/enums"], allowTypeImports: true, message: schemaMessage },
];

const dbOnlyAsTypes = {
  group: ["@/db", "@/db/*"],
  allowTypeImports: true,
  message: "Components import db/ only as types (`import type`); data reaches them as props from a page's loader or through an action.",
};

/** lib/ outside the feature folders (domain modules and the kernel) never reaches into a feature. */
const noFeatureActions = {
  group: ["@/lib/actions/*", "!@/lib/actions/kernel", "!@/lib/actions/kernel/*"],
  message: "Only app/ and components/ call feature actions; domain code and the kernel import @/lib/actions/kernel at most.",
};

/** Restrictions with a `name` are exact module paths, the others gitignore-style patterns or regexes. */
function restrict(restrictions) {
  const paths = restrictions.filter((r) => "name" in r);
  const patterns = restrictions.filter((r) => !("name" in r));
  return { "@typescript-eslint/no-restricted-imports": ["error", { paths, patterns }] };
}

function block(name, files, restrictions, ignores) {
  return {
    name: `roster/boundaries/${name}`,
    files,
    ...(ignores ? { ignores } : {}),
    plugins: { "@typescript-eslint": tseslint.plugin },
    languageOptions: { parser: tseslint.parser },
    rules: restrict(restrictions),
  };
}

export function boundaries(features = actionFeatures()) {
  const featureGlobs = features.map((feature) => inDir(`lib/actions/${feature}`));
  return [
    block("db", [inDir("db")], [
      {
        group: ["@/lib", "@/lib/*", "@/components", "@/components/*", "@/app", "@/app/*"],
        message: "db/ imports nothing above it: callers pass in what a query needs (hashed tokens, parsed filters); audit and rules live in lib/.",
      },
      {
        regex: "^(\\.\\./)+(lib|components|app)(/|$)",
        message: "db/ imports nothing above it (no relative paths out of db/ either).",
      },
    ]),
    block("components-ui", [inDir("components/ui")], [
      drizzleOnlyInDb,
      {
        group: ["@/db", "@/db/*"],
        message: "components/ui holds primitives: no data layer, not even its types.",
      },
      {
        group: ["@/components/*", "!@/components/ui", "!@/components/ui/*", "@/lib/actions", "@/lib/actions/*"],
        message: "components/ui holds primitives: no feature components and no actions.",
      },
      {
        regex: "^(\\.\\./)+(?!ui/)[\\w-]+/",
        message: "components/ui holds primitives: no relative imports of feature components.",
      },
    ]),
    block("components", [inDir("components")], [drizzleOnlyInDb, dbOnlyAsTypes], ["components/ui/**"]),
    ...features.map((feature) => {
      const others = features.filter((other) => other !== feature);
      const message = `lib/actions/${feature} imports the kernel (@/lib/actions/kernel) and domain modules, never another feature's actions.`;
      return block(`lib-actions-${feature}`, [inDir(`lib/actions/${feature}`)], [
        drizzleOnlyInDb,
        ...schemaOnlyAsTypes,
        ...(others.length > 0
          ? [
              { group: others.flatMap((other) => [`@/lib/actions/${other}`, `@/lib/actions/${other}/*`]), message },
              { regex: `^(\\.\\./)+(${others.join("|")})(/|$)`, message },
            ]
          : []),
      ]);
    }),
    block("lib", [inDir("lib")], [drizzleOnlyInDb, ...schemaOnlyAsTypes, noFeatureActions], featureGlobs),
    block("app", [inDir("app"), "*.{ts,tsx,mts,cts}"], [drizzleOnlyInDb, ...schemaOnlyAsTypes]),
  ];
}

export default boundaries();
