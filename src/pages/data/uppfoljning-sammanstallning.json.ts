import { loadSite } from '../../lib/content';
import { followUpFigures } from '../../lib/site-views';
import { summaryRows } from '../../lib/follow-up-data';

export async function GET() {
  return new Response(JSON.stringify(summaryRows(followUpFigures(await loadSite())), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
