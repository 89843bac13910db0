// `npm start` / `npm run preview`: serves the built site on http://localhost:4321.
import { startServer } from './static-server.mjs';

const base = process.env.BASE_PATH ?? '/';
const port = Number(process.env.PORT ?? 4321);
await startServer({ base, port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`Webbplatsen visas på http://localhost:${port}${base} (avsluta med Ctrl+C)`);
