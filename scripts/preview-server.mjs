// Starts `vite preview` for the production build on a port of our own, waits until it answers,
// and stops it when the process ends. Shared by the bench and Lighthouse scripts. Fails loudly:
// numbers measured against no server, or someone else's, would be worse than none.
import { spawn } from 'node:child_process';

/** @returns {Promise<{ url: string, stop: () => void }>} */
export async function startPreview(port, { timeoutMs = 30_000, args = [] } = {}) {
  const server = spawn(
    './node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', ...args],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let errors = '';
  server.stderr.on('data', (chunk) => (errors += chunk));
  let exited = null;
  server.on('exit', (code) => (exited = code));
  const stop = () => {
    if (exited === null) server.kill();
  };
  process.on('exit', stop);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== null) break;
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(
    `The preview server on port ${port} did not start within ${timeoutMs / 1000} s` +
      (exited !== null ? ` (it exited with code ${exited})` : '') +
      (errors ? `:\n${errors.trim()}` : '.') +
      "\nIs the port taken? Set another with the script's *_PORT variable.",
  );
}
