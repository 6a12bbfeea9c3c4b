// One V8 CPU profile (node --cpu-prof) read for the bench's profile readers (cpu-top.mjs,
// cpu-inclusive.mjs, cpu-timeline.mjs): its nodes by id, each node's parent, and one name per
// function frame ("makeDraft makeDraft.js:56"), so that the three scripts name a function alike.
import fs from 'node:fs';
import path from 'node:path';

export function readCpuProfile(file) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id])));
  /** The frame's name of the profile node `id`. */
  const nameAt = (id) => frameName(byId.get(id));
  /** The distinct function names on the stack of the profile node `id`, leaf first. */
  const stackNames = (id) => {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parentOf.get(at)) seen.add(nameAt(at));
    return [...seen];
  };
  return { profile, nameAt, stackNames };
}

function frameName(node) {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ''}`.trim();
}
