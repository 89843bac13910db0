import { loadSite } from '../../load-site';
import { followUpFigures } from '../../lib/follow-up/views';
import { summaryRows } from '../../lib/follow-up/open-data';

export async function GET() {
  return new Response(JSON.stringify(summaryRows(followUpFigures(await loadSite())), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
