// npm run check-links: loads the TypeScript checker (and the content it reads) through Vite,
// then runs it. The logic lives in scripts/links/ and is tested by vitest.
import { createServer } from 'vite';

// Middleware mode: Vite only transforms modules here, it opens no port.
const vite = await createServer({
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
});
try {
  const { main } = await vite.ssrLoadModule('/scripts/links/main.ts');
  process.exitCode = await main(process.argv.slice(2));
} finally {
  await vite.close();
}
