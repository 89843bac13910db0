import { loadSite } from '../../load-site';
import { followUpFigures } from '../../lib/follow-up/views';
import { rowsCsv, SUMMARY_COLUMNS, summaryRows } from '../../lib/follow-up/open-data';

export async function GET() {
  return new Response(
    rowsCsv(summaryRows(followUpFigures(await loadSite())), Object.keys(SUMMARY_COLUMNS)),
    { headers: { 'content-type': 'text/csv; charset=utf-8' } },
  );
}
