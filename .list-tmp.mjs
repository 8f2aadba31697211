import { runnerImport } from 'vite';
const { module: rc } = await runnerImport('./src/content/roadmap-content.ts', { configFile: false, logLevel: 'error' });
const c = rc.roadmapContent;
const stage = process.argv[2];
const all = [...c.common, ...Object.values(c.tracks).flat()].filter(m => stage === m.stageId || (m.languages && m.languages[0] === stage));
for (const m of all) {
  console.log(`## ${m.id} [${m.tier}] s=${m.summary.length} w=${m.why?.length ?? 0} r=${m.resources.length}`);
  if (m.summary.length > 180) console.log('S: ' + m.summary);
  if (m.why && (m.why.length > 100 || m.tier === 'optional')) console.log('W: ' + m.why);
  if (m.tier === 'optional' && m.resources.length > 2) console.log('R: ' + m.resources.map(r => r.kind + ' ' + r.title).join(' | '));
}
