/**
 * Swedish words that carry no meaning of their own in a query: when no page has every word of a
 * question ("vad får jag berätta för socialtjänsten"), the search looks again for the words that
 * are left (berätta, socialtjänsten). Snowball's Swedish stop-word list
 * (snowballstem.org/algorithms/swedish/stop.txt), with the words a spoken question adds: the
 * modal verbs, "finns" and "gör", and spoken forms (mej, dom, nån).
 */
const SNOWBALL = `och det att i en jag hon som han på den med var sig för så till är men ett om hade de
  av icke mig du henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något från
  ut när efter upp vi dem vara vad över än dig kan sina här ha mot alla under någon eller allt mycket
  sedan ju denna själv detta åt utan varit hur ingen mitt ni bli blev oss din dessa några deras blir
  mina samma vilken er sådan vår blivit dess inom mellan sådant varför varje vilka ditt vem vilket
  sitta sådana vart dina vars vårt våra ert era vilkas`;
const SPOKEN = `får få fick måste ska skall vill kunna bör borde finns fanns gör göra ta tar mej dej
  dom sen nån nåt hos också bara ens väl nog kanske redan även varifrån typ ifall alltså`;

export const STOP_WORDS: ReadonlySet<string> = new Set(`${SNOWBALL} ${SPOKEN}`.split(/\s+/));

/** Whether a query's word is one that carries no meaning of its own. */
export const isStopWord = (word: string) => STOP_WORDS.has(word);
