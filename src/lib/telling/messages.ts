/**
 * Every fixed word and sentence the site says about a centre or a kommun, in Swedish: the one
 * list a translation follows (src/content/oversattningar-fraser/<språk>.yaml holds each language's
 * translation of each message; `npm run translations:export` hands them to a translator). A
 * message says nothing that is not in the view it is given: its {placeholders} carry the facts.
 * Labels that the schemas already name (steps, services, contact kinds, closed days) are taken
 * from there, so the Swedish is written once.
 */
import {
  BASIC_SERVICES,
  CENTRE_EVENTS,
  EVENT_LABELS,
  EXCEPTION_KINDS,
  EXCEPTION_LABELS,
  SERVICE_LABELS,
  STAGES,
  STAGE_LABELS,
} from '../../schemas/centre-vocabulary.ts';
import { CONTACT_KINDS, CONTACT_KIND_LABELS } from '../../schemas/contact.ts';

const fromLabels = <K extends string, P extends string>(
  prefix: P,
  keys: readonly K[],
  labels: Record<K, string>,
) =>
  Object.fromEntries(keys.map((k) => [`${prefix}.${k}`, labels[k]])) as Record<`${P}.${K}`, string>;

const OWN = {
  // Punctuation between the parts of a list of facts (Arabic has its own comma and semicolon).
  'sep.comma': ',',
  'sep.semicolon': ';',

  // Who says a fact, and when.
  'attr.according': 'enligt {who}',
  'attr.whoWhen': '{who}, {when}',
  'attr.undatedRead': 'utan datum, läst {date}',
  'attr.undated': 'utan datum',
  'attr.dateMissing': 'datum saknas',

  // How old the fact behind a status is: the one age label, long and short.
  'age.line.ny': 'Uppgift från {month} ({who}).',
  'age.line.aldre': 'Uppgift från {month} ({who}) – senare uppgift saknas.',
  'age.line.odaterad': 'Uppgift utan datum ({who}) – daterad uppgift saknas.',
  'age.line.alsoUndated': 'Samma sak står i en källa utan datum: {who}.',
  'age.short.dated': 'Uppgift från {month}',
  'age.short.undated': 'Uppgift utan datum',
  'age.box.aldre':
    'Den senaste uppgiften om familjecentralen är från {month}. Fråga kommunen om den stämmer i dag innan du går dit.',
  'age.box.odaterad':
    'Uppgifterna om familjecentralen kommer från källor utan datum. Fråga kommunen om de stämmer i dag innan du går dit.',
  'age.week.ny': 'Programmet bygger på en uppgift från {month} ({who}).',
  'age.week.aldre':
    'Programmet bygger på en uppgift från {month} ({who}). Fråga familjecentralen eller kommunen innan du går dit.',
  'age.week.odaterad':
    'Programmet bygger på en uppgift utan datum ({who}). Fråga familjecentralen eller kommunen innan du går dit.',

  // A centre's status.
  'status.notOpen':
    'Familjecentralen är inte öppen enligt våra källor. Det som står här är planerat.',
  'status.closed': 'Familjecentralen är stängd enligt våra källor.',
  'status.nameUnknown': 'Centralens eget namn: uppgift saknas.',

  // A kommun's status, after the kommun's name or on its own.
  'kommun.oppen': 'familjecentral enligt en uppgift från {month}',
  'kommun.oppenAldre': 'familjecentral enligt en uppgift från {month} – senare uppgift saknas',
  'kommun.oppenOdaterad': 'familjecentral enligt en uppgift utan datum',
  'kommun.planerad': 'familjecentral på väg: {stage} enligt en uppgift från {month}',
  'kommun.planeradAldre':
    'familjecentral på väg: {stage} enligt en uppgift från {month} – senare uppgift saknas',
  'kommun.planeradOdaterad': 'familjecentral på väg: {stage} enligt en uppgift utan datum',
  'kommun.ingen': 'ingen familjecentral som vi känner till',
  'kommun.legend.oppen': 'Familjecentral enligt en uppgift från de senaste två åren',
  'kommun.legend.oppen-aldre': 'Familjecentral enligt en äldre uppgift eller en uppgift utan datum',
  'kommun.legend.planerad': 'Familjecentral planerad eller beslutad',
  'kommun.legend.ingen': 'Ingen familjecentral känd',

  // The parents' box.
  'box.title': 'För dig som förälder',
  'box.what': 'Vad du kan göra här',
  'box.whatUnknown': 'Vilka verksamheter som finns: uppgift saknas – fråga kommunen',
  'box.where': 'Var',
  'box.plannedWhere': 'Planerad plats',
  'box.whereDisputed': 'Källorna anger olika platser; fråga kommunen vilken som gäller:',
  'box.when': 'När',
  'box.hoursPerWeek': 'Öppna förskolan har öppet {hours} timmar i veckan.',
  'box.placeLabel': 'Plats',
  'box.weekLink': 'Hela veckan, stängda dagar och kalender',
  'box.confidentiality': 'Tystnadsplikt och anmälningsplikt',
  'box.ask': 'Vem du kan fråga',
  'box.contactLink': 'Telefon och adress',
  'box.unknown': 'uppgift saknas – fråga kommunen',
  'box.moreInfo': 'Mer information hos {name}',
  'box.easyRead': 'Vad är en familjecentral? Läs en lättläst text',

  // The week.
  'week.title': 'Veckans program',
  'week.exceptions': 'Stängt och ändrade tider',
  'week.regular': 'En vanlig vecka',
  'week.today': 'i dag',
  'week.until': 'till och med {date}',
  'week.source': 'Källa: {who}.',
  'calendar.subscribe': 'Prenumerera i din kalender',
  'calendar.or': 'eller',
  'calendar.download': 'ladda ner kalenderfilen',
  'calendar.format': '(iCalendar).',
  'calendar.help':
    'När du prenumererar lägger din telefon eller dator till programmet som en egen kalender och hämtar ändringar av sig själv, till exempel stängda dagar. Går länken inte att öppna kan du kopiera adressen och lägga till den som en kalender från en webbadress:',
  'calendar.name': '{name}: veckans program',
  'calendar.regionName': '{site}: veckans program',
  'calendar.description': 'Pass och stängda dagar på {name}, från {site}.',
  'calendar.regionDescription': 'Pass och stängda dagar på familjecentralerna, från {site}.',

  // Contact.
  'contact.title': 'Kontakt',
  'contact.unknown': 'Familjecentralens eget telefonnummer, e-post och adress: uppgift saknas.',
  'contact.onMap': 'Visa {address} på en karta',
  'contact.call': 'Ring {number}',
  'contact.callKommun': '– {label} hos {kommun}. Fråga efter familjecentralen.',
  'contact.seeKommunWeb': 'Se kommunens webbplats, eller fråga på BVC.',
  'contact.label.Växel': 'Växel',
  'contact.label.Kontaktcenter': 'Kontaktcenter',
  'contact.label.Kundtjänst': 'Kundtjänst',
  'contact.label.Servicecenter': 'Servicecenter',
  'contact.label.Besöksadress': 'Besöksadress',

  // What a translated page says about itself.
  'page.translatedText': 'Översatt från den lättlästa svenska texten ”{title}” {date} ({by}).',
  'page.centreNote':
    'De fasta orden och texterna i rutan på den här sidan översattes från svenska {date} ({by}). Uppgifterna kommer från samma data som den svenska sidan.',
  'page.wordsNote': 'De fasta orden på den här sidan översattes från svenska {date} ({by}).',
  'page.contactNote':
    'Familjecentralens egna beskrivningar av kontaktuppgifterna översattes från svenska {date} ({by}).',
  'page.notChecked':
    'En kvalificerad översättare har inte granskat översättningen. Det är den svenska sidan som gäller.',
  'page.partlyChecked':
    'En kvalificerad översättare har granskat en del av översättningen: {parts}. Resten är inte granskad. Det är den svenska sidan som gäller.',
  'page.checked': 'En kvalificerad översättare har granskat översättningen.',
  'page.outdated':
    'Den svenska texten har ändrats sedan översättningen gjordes. Läs den svenska sidan tills översättningen är uppdaterad.',
  'page.part.words': 'de fasta orden',
  'page.part.box': 'texterna i rutan',
  'page.part.text': 'texten',
  'page.part.contact': 'beskrivningarna av kontaktuppgifterna',
  'page.swedishPage': 'Sidan på svenska',
  'page.sources': 'Källor (på svenska)',
  'page.machine': 'maskinöversättning',
  'page.inSwedish': '(på svenska)',
  'page.otherLanguages': 'Andra språk',
  'page.inSwedishNote':
    'Namn, platser, aktiviteter och öppettider står på svenska, som i källorna.',
  'page.centreDescription': '{name}: vad du kan göra där, var, när och vem du kan fråga.',
  'page.kommunDescription': 'Familjecentraler i {kommun}, och vart du kan gå nu.',

  // The start page in another language.
  'start.heading': 'Familjecentraler i {lan}',
  'start.lead':
    'En familjecentral är en plats för dig som väntar barn eller har barn. Här hittar du familjecentralerna i {lan} och vart du kan vända dig.',
  'start.whatIs': 'Vad är en familjecentral? Läs en lättläst text',
  'start.findKommun': 'Hitta din kommun',
  'start.findKommunHelp':
    'Välj din kommun. Där ser du familjecentralen, eller vart du kan gå om kommunen inte har någon.',
  'start.search': 'Sök på webbplatsen',

  // A kommun's page.
  'kommun.heading': 'Familjecentraler i {kommun}',
  'kommun.status': '{kommun}: {status}.',
  'kommun.centres': 'Familjecentraler i kommunen',
  'kommun.noCentre': 'Vi känner inte till någon familjecentral, öppen eller planerad, i {kommun}.',
  'kommun.whereNow': 'Vart du kan gå nu',
  'kommun.notSureToday': 'Vi vet inte om familjecentralen finns kvar i dag. Fråga kommunen.',
  'kommun.nearest':
    'Närmaste familjecentraler i andra kommuner som var öppna enligt den senaste uppgiften om dem:',
  'kommun.distance': 'cirka {km} km',
  'kommun.distanceNote':
    'Avståndet är fågelvägen mellan kommunernas mittpunkter, inte mellan adresserna.',
  'kommun.contactTitle': 'Kontakt med kommunen',
  'kommun.contactUnknown': 'Kommunens telefonnummer, e-post och adress: uppgift saknas.',
  'kommun.swedishMore': 'Mer om kommunen och vägen till en familjecentral, på svenska',

  // The search pages (the Swedish page and each language's): the form, and the answer the script
  // writes ({query} is what was searched for; {hits} a number of hits, said with search.hits.*).
  'search.title': 'Sök',
  'search.heading': 'Sök på webbplatsen',
  'search.label': 'Sökord',
  'search.button': 'Sök',
  'search.description': 'Sök bland sidorna {inLanguage} och på resten av webbplatsen.',
  'search.hint': 'Till exempel familjecentral, en kommuns namn eller BVC.',
  'search.noScript': 'Sökningen behöver JavaScript, som är avstängt. Sidorna {inLanguage}:',
  'search.nothingFound': 'Inget hittades. Prova ett annat ord.',
  // A number of hits: "one" for a number the language says in the singular (1 in Swedish), "other"
  // for the rest, as Intl.PluralRules names them for the page's language.
  'search.hits.one': '{count} träff',
  'search.hits.other': '{count} träffar',
  'search.count': '{hits} för ”{query}”.',
  'search.countFiltered': '{hits}.',
  'search.none': 'Inga träffar för ”{query}”.',
  'search.noneFiltered': 'Inga träffar.',
  // No hits in the page's language; {languages} lists search.languageHits for each other language.
  'search.otherLanguages': 'Inga träffar {inLanguage} för ”{query}”. {languages}.',
  'search.languageHits': '{hits} {inLanguage}',
  // After "Inga träffar", and, with a capital, beside a hit in another language than the page's.
  'search.in.sv': 'på svenska',
  'search.in.fi': 'på finska',
  'search.in.en': 'på engelska',
  'search.in.ar': 'på arabiska',
} as const;

export const SWEDISH = {
  ...OWN,
  ...fromLabels('stage', STAGES, STAGE_LABELS),
  ...fromLabels('event', CENTRE_EVENTS, EVENT_LABELS),
  ...fromLabels('service', BASIC_SERVICES, SERVICE_LABELS),
  ...fromLabels('exception', EXCEPTION_KINDS, EXCEPTION_LABELS),
  ...fromLabels('contact.kind', CONTACT_KINDS, CONTACT_KIND_LABELS),
};

export type MessageId = keyof typeof SWEDISH;
export const MESSAGE_IDS = Object.keys(SWEDISH) as MessageId[];

export const isMessageId = (id: string): id is MessageId => id in SWEDISH;
