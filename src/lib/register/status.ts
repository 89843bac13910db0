/**
 * A centre's status is read from its dated events: the newest event that changes the status
 * must agree with the status written in the entry (the schema's check, re-exported here for the
 * register); how old the status is, is fact-age.ts's. Pure; Node scripts load it too.
 */
export {
  checkEvents,
  statusEvent,
  type EventFact,
  type EventProblem,
} from '../../schemas/centre-events.ts';
