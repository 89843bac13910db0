import { loadSite } from '../../lib/content';
import { followUpFacts } from '../../lib/site-views';
import { followUpRows } from '../../lib/follow-up-data';

export async function GET() {
  return new Response(JSON.stringify(followUpRows(followUpFacts(await loadSite())), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
