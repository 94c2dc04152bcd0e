import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships a wasm file; bundling it would copy it into the public static folder.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
