// Serves a built site folder with Astro's preview server at http://localhost:<port>/. The port is
// fixed because the pages' canonical addresses were built for it; when it is taken (Astro would
// move to another one) the bench stops instead of measuring whatever answers on that port.
import { preview } from 'astro';

export async function serve(dir: string, port: number) {
  const server = await preview({
    root: dir,
    server: { port, host: 'localhost' },
    logLevel: 'error',
  });
  if (server.port !== port) {
    await server.stop();
    throw new Error(
      `bench: port ${port} is in use by another program; stop it and run the bench again`,
    );
  }
  return { origin: `http://localhost:${port}`, stop: () => server.stop() };
}
