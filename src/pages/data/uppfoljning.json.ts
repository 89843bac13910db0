import { loadSite } from '../../load-site';
import { followUpFacts } from '../../lib/follow-up/views';
import { followUpRows } from '../../lib/follow-up/open-data';

export async function GET() {
  return new Response(JSON.stringify(followUpRows(followUpFacts(await loadSite())), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
