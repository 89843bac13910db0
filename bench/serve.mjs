// Serves a built site folder with Astro's preview server at http://localhost:<port>/.
import { preview } from 'astro';

export async function serve(dir, port) {
  const server = await preview({ root: dir, server: { port, host: 'localhost' }, logLevel: 'error' });
  return { origin: `http://localhost:${port}`, stop: () => server.stop() };
}
