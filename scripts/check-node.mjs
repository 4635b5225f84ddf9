#!/usr/bin/env node
// Run first by `npm start` and `npm test`: says which Node Beacon needs when this one is older.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  const tooOld = major < 20 || (major === 20 && minor < 19);
  console.error(
    `Beacon needs Node 24 (or 22.12+); this is Node ${process.versions.node}` +
      (tooOld
        ? '. Install Node 24 LTS from https://nodejs.org (or: npx -y node@24 …).'
        : ', past its end of life: it still runs Beacon for now, but install Node 24 LTS from https://nodejs.org.'),
  );
  if (tooOld) process.exit(1);
}
