// The self-assessment: reads the answers from the form and shows strengths and gaps with the
// chapters that help; saves the answers as a follow-up file and reads such a file back
// (src/scripts/follow-up-form.ts). Nothing is stored or sent; the answers live in the form until
// the person saves them.
import { summarize, type Dimension, type Summary } from '../lib/start-kit/self-assessment';
import { enableFollowUpFile } from './follow-up-form';
import { dataAttribute, formText } from './dom';

const form = document.querySelector<HTMLFormElement>('#fc-assessment');
const summarySection = document.querySelector<HTMLElement>('#fc-assessment-summary');
const groups = summarySection?.querySelector<HTMLElement>('[data-summary-groups]');

const dimensions: Dimension[] = [
  ...document.querySelectorAll<HTMLFieldSetElement>('fieldset[data-dimension]'),
].map((f) => ({
  id: dataAttribute(f, 'dimension'),
  name: dataAttribute(f, 'name'),
  helpPath: dataAttribute(f, 'helpPath'),
  helpTitle: dataAttribute(f, 'helpTitle'),
}));

const GROUPS: { key: keyof Summary; title: string; withHelp: boolean }[] = [
  { key: 'gaps', title: 'Det här saknas', withHelp: true },
  { key: 'partly', title: 'Det här finns delvis', withHelp: true },
  { key: 'strengths', title: 'Det här finns på plats', withHelp: false },
  { key: 'unanswered', title: 'Inte besvarat', withHelp: false },
];

function render(summary: Summary) {
  if (!groups) return;
  groups.replaceChildren();
  for (const group of GROUPS) {
    const items = summary[group.key];
    if (items.length === 0) continue;
    const heading = document.createElement('h3');
    heading.textContent = `${group.title} (${items.length})`;
    const list = document.createElement('ul');
    list.dataset.group = group.key;
    for (const d of items) {
      const li = document.createElement('li');
      const name = document.createElement('strong');
      name.textContent = d.name;
      li.append(name);
      if (group.withHelp) {
        const link = document.createElement('a');
        link.href = d.helpPath;
        link.textContent = d.helpTitle;
        li.append('. Läs mer i ', link, '.');
      }
      list.append(li);
    }
    groups.append(heading, list);
  }
}

if (form && summarySection) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const answers = Object.fromEntries(dimensions.map((d) => [d.id, formText(data, d.id)]));
    render(summarize(dimensions, answers));
    summarySection.hidden = false;
    summarySection.focus();
  });
  enableFollowUpFile(
    form,
    dimensions.map((d) => d.id),
  );
  form.addEventListener('reset', (event) => {
    if (event.defaultPrevented) return; // the person chose to keep the answers
    summarySection.hidden = true;
    document.body.classList.remove('fc-assessment-printing');
  });
  summarySection.querySelector('[data-action="print"]')?.addEventListener('click', () => {
    document.body.classList.add('fc-assessment-printing');
    window.print();
    document.body.classList.remove('fc-assessment-printing');
  });
}
