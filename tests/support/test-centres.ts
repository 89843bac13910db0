/** Small centres for the unit tests of the computed figures. Test helper only. */
import type { CentreFacts } from '../../src/lib/register/coverage';
import type { EventFact } from '../../src/lib/register/status';
import type { CentreEvent } from '../../src/schemas/centre-vocabulary';

export const ev = (event: CentreEvent, date: string, source = 'kalla'): EventFact => ({
  event,
  date,
  source,
});

/** The event that gives each status, for centres whose history does not matter to a test. */
const STATUS_EVENT = {
  planerad: ev('avsiktsforklaring', '2021'),
  beslutad: ev('beslut', '2021'),
  öppen: ev('i-drift', '2019'),
  stängd: ev('stangd', '2022'),
} as const;

/** A centre whose status is dated by its status event and current, unless the test says otherwise. */
export function centre(
  id: string,
  kommun: string,
  status: CentreFacts['status'],
  extra: Partial<CentreFacts> = {},
): CentreFacts {
  return {
    id,
    name: `Central ${id}`,
    kommun,
    status,
    kind: 'familjecentral',
    events: [STATUS_EVENT[status]],
    statusDate: STATUS_EVENT[status].date,
    statusStale: false,
    colocation: 'okänd',
    ...extra,
  };
}
