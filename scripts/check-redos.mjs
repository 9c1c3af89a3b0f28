// npm run check:redos — every regular expression in src/ through a ReDoS checker (issue #14).
//
// Reads src/**/*.ts with TypeScript's own parser and collects each regular expression literal
// and each `new RegExp(…)` / `RegExp(…)` whose pattern is a string or template literal without
// substitutions, then asks `recheck` whether an input exists that makes the backtracking engine
// take super-linear time. A `RegExp` built from a non-literal pattern cannot be checked here
// and fails the run too, so that no pattern escapes the check silently: build such a pattern
// from a literal, or replace it by a scan.
//
// Exit code 1 when a pattern is vulnerable, unchecked or its check did not finish.
// Options: --json (one JSON line per pattern)  --dir DIR (default src)  --timeout MS (per pattern, default 10000)
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { checkSync } from "recheck";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const argv = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : dflt;
};
const DIR = join(ROOT, arg("--dir", "src"));
const TIMEOUT = Number(arg("--timeout", "10000"));
const asJson = argv.includes("--json");

/** Every .ts file under dir, in a stable order. */
function tsFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

/** { file, line, source, flags } for each pattern, or { file, line, dynamic } when the pattern is not a literal. */
function collect(file) {
  const text = readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const at = (node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = node.text;
      const slash = lit.lastIndexOf("/");
      found.push({ file, line: at(node), source: lit.slice(1, slash), flags: lit.slice(slash + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
      const [pat, flags] = node.arguments ?? [];
      const literal = (n) => n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n));
      if (literal(pat) && (flags === undefined || literal(flags))) found.push({ file, line: at(node), source: pat.text, flags: flags ? flags.text : "" });
      else found.push({ file, line: at(node), dynamic: node.getText(sf).slice(0, 120) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const patterns = tsFiles(DIR).flatMap(collect);
let bad = 0;
for (const p of patterns) {
  const where = `${relative(ROOT, p.file)}:${p.line}`;
  if (p.dynamic) {
    bad++;
    if (asJson) console.log(JSON.stringify({ where, status: "dynamic", code: p.dynamic }));
    else console.log(`UNCHECKED  ${where}  RegExp from a non-literal pattern: ${p.dynamic}`);
    continue;
  }
  const r = checkSync(p.source, p.flags, { timeout: TIMEOUT });
  const ok = r.status === "safe";
  if (!ok) bad++;
  if (asJson) {
    console.log(JSON.stringify({ where, source: p.source, flags: p.flags, status: r.status, complexity: r.complexity?.summary, attack: r.attack?.pattern, error: r.error?.kind }));
  } else if (!ok) {
    const detail = r.status === "vulnerable" ? `${r.complexity.summary}; attack ${r.attack.pattern}` : r.error?.kind ?? r.status;
    console.log(`${r.status.toUpperCase().padEnd(10)} ${where}  /${p.source}/${p.flags}  (${detail})`);
  }
}
if (!asJson) console.log(`check:redos: ${patterns.length} patterns in ${relative(ROOT, DIR) || "."}, ${patterns.length - bad} safe, ${bad} vulnerable or unchecked`);
process.exitCode = bad ? 1 : 0;
