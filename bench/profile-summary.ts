import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Self time of a V8 CPU profile (`node --cpu-prof`) by package: each sample is charged to the
 * function on top of the stack, and the function to the npm package its file is in (the project's
 * own files as `membergraph`, Node's as `node:internal`, V8's own work as `(garbage collector)`,
 * `(program)`, `(idle)`). A built-in without a file (JSON.parse, a RegExp, Array.prototype.map) is
 * charged to the nearest caller that has one: the package that asked for the work.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function packageOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node:internal';
  const at = url.lastIndexOf('node_modules/');
  if (at < 0) return 'membergraph';
  const [scope, name] = url.slice(at + 'node_modules/'.length).split('/');
  return scope!.startsWith('@') ? `${scope}/${name}` : scope!;
}

/** Prints the newest profile in `dir`: the top packages by self time, as a Markdown table. */
export function printProfileSummary(dir: string, top = 15): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!files[0]) {
    console.log(`no .cpuprofile in ${dir}`);
    return;
  }
  const profile = JSON.parse(readFileSync(files[0], 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const owner = (id: number): string => {
    let node = byId.get(id)!;
    while (packageOf(node) === '(native)' && parent.has(node.id)) node = byId.get(parent.get(node.id)!)!;
    return packageOf(node);
  };
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0;
    const pkg = owner(id);
    self.set(pkg, (self.get(pkg) ?? 0) + micros);
    total += micros;
  });
  const busy = total - (self.get('(idle)') ?? 0);
  console.log(`\nCPU profile of the MemberGraph server (${files[0]}): self time by package, idle excluded`);
  console.log('| package | self ms | share of busy |');
  console.log('| --- | ---: | ---: |');
  for (const [pkg, micros] of [...self]
    .filter(([p]) => p !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)) {
    console.log(`| ${pkg} | ${(micros / 1000).toFixed(0)} | ${((100 * micros) / busy).toFixed(1)}% |`);
  }
}
