import { loadSite } from '../../load-site';
import { followUpFacts } from '../../lib/follow-up/views';
import { FOLLOW_UP_COLUMNS, followUpRows, rowsCsv } from '../../lib/follow-up/open-data';

export async function GET() {
  return new Response(
    rowsCsv(followUpRows(followUpFacts(await loadSite())), Object.keys(FOLLOW_UP_COLUMNS)),
    { headers: { 'content-type': 'text/csv; charset=utf-8' } },
  );
}
