// ESLint: the Office add-in rules (eslint-plugin-office-addins: load/sync mistakes, etc.) over
// TypeScript, with Prettier deciding layout (office-addin-prettier-config).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "dist-cli/**", "dist-tsc/**", "out/**", "node_modules/**", "**/*.js", "examples/**", ".stryker/**"] },
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: {
      // Layout is Prettier's job (npm run prettier); the lint run checks code, not formatting.
      "prettier/prettier": "off",
      "no-unused-vars": "off",
      // TypeScript already checks names and overloads; these core rules misread TS.
      "no-undef": "off",
      "no-redeclare": "off",
    },
  },
  {
    // The Office.js load/sync rules are for code that talks to Excel; tests of the strict fake break
    // them on purpose (to prove it throws), and exceljs cells are not Office.js proxies.
    files: ["test/**", "src/files/**", "src/core/**", "scripts/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
    },
  },
];
