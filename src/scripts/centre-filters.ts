// Progressive enhancement of the directory: without this script the full list is shown.
// The filter form is on the page from the first paint (CSS hides it only when scripting is off),
// so nothing moves when this runs. It narrows the list as the user changes the form, announces
// the count in a live region and keeps the state in the address so a filtered view can be shared.
import {
  countText,
  matchesFilter,
  parseFilter,
  serializeFilter,
  type FilterState,
} from '../lib/register/filter';
import { field, formText, formTexts } from './dom';

const form = document.querySelector<HTMLFormElement>('#fc-filters');
const count = document.querySelector<HTMLElement>('#fc-filter-count');
const items = [...document.querySelectorAll<HTMLElement>('[data-centre]')];
const groups = [...document.querySelectorAll<HTMLElement>('[data-centre-group]')];
const without = [...document.querySelectorAll<HTMLElement>('[data-kommun-without]')];
const withoutGroup = document.querySelector<HTMLElement>('[data-without-group]');

function readForm(f: HTMLFormElement): FilterState {
  const data = new FormData(f);
  return {
    kommun: formText(data, 'kommun') ?? '',
    status: formTexts(data, 'status'),
    tjanst: formTexts(data, 'tjanst'),
    samlokalisering: formText(data, 'samlokalisering') ?? '',
  };
}

function writeForm(f: HTMLFormElement, state: FilterState) {
  field(f, 'kommun', HTMLSelectElement).value = state.kommun;
  field(f, 'samlokalisering', HTMLSelectElement).value = state.samlokalisering;
  f.querySelectorAll<HTMLInputElement>('input[type=checkbox]').forEach((box) => {
    box.checked = (box.name === 'status' ? state.status : state.tjanst).includes(box.value);
  });
}

function apply(state: FilterState) {
  let shown = 0;
  for (const item of items) {
    const match = matchesFilter(
      {
        kommun: item.dataset.kommun ?? '',
        status: item.dataset.status ?? '',
        services: (item.dataset.services ?? '').split(' ').filter(Boolean),
        colocation: item.dataset.colocation ?? '',
      },
      state,
    );
    item.hidden = !match;
    if (match) shown++;
  }
  for (const group of groups) group.hidden = !group.querySelector('[data-centre]:not([hidden])');
  // Kommuner without a known centre: all of them without a kommun filter, only the chosen one with it.
  for (const item of without)
    item.hidden = state.kommun !== '' && item.dataset.kommunWithout !== state.kommun;
  if (withoutGroup) withoutGroup.hidden = !without.some((item) => !item.hidden);
  const chosenWithout = form?.querySelector<HTMLOptionElement>(
    `option[value="${state.kommun}"][data-without]`,
  )?.dataset.without;
  if (count)
    count.textContent = countText(shown, items.length, state.kommun ? chosenWithout : undefined);
  history.replaceState(null, '', `${location.pathname}${serializeFilter(state)}`);
}

if (form) {
  const initial = parseFilter(location.search);
  writeForm(form, initial);
  apply(initial);
  form.addEventListener('change', () => apply(readForm(form)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(readForm(form));
    count?.focus();
  });
  // The reset event fires before the fields are cleared.
  form.addEventListener('reset', () => setTimeout(() => apply(readForm(form))));
}
