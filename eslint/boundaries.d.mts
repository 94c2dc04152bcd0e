// Types of boundaries.mjs for the TypeScript side (the lint test loads it).
import type { Linter } from "eslint";

export declare function actionFeatures(root?: string): string[];
export declare function boundaries(features?: string[]): Linter.Config[];
declare const config: Linter.Config[];
export default config;
