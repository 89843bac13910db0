import { loadSite } from '../../lib/content';
import { followUpFigures } from '../../lib/site-views';
import { rowsCsv, SUMMARY_COLUMNS, summaryRows } from '../../lib/follow-up-data';

export async function GET() {
  return new Response(rowsCsv(summaryRows(followUpFigures(await loadSite())), Object.keys(SUMMARY_COLUMNS)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
