// The start checklist: ticks are kept in localStorage, in this browser only, and nowhere else.
// Without this script the page is a plain printable list: the note, the count and the buttons are
// drawn on the page from the start and hidden by CSS only when scripting is off, so nothing moves.
import { progressText, readTicked, STORAGE_KEY, writeTicked } from '../lib/start-kit/checklist';

const boxes = [
  ...document.querySelectorAll<HTMLInputElement>('.fc-checklist input[type=checkbox]'),
];
const progress = document.querySelector<HTMLElement>('#fc-checklist-progress');
const note = document.querySelector<HTMLElement>('#fc-checklist-storage');
const actions = document.querySelector<HTMLElement>('#fc-checklist-actions');
const ids = boxes.map((box) => box.value);

function load(): Set<string> {
  try {
    return readTicked(localStorage.getItem(STORAGE_KEY), ids);
  } catch {
    return new Set(); // storage blocked: the list still works for this visit
  }
}

function save(ticked: Set<string>) {
  try {
    localStorage.setItem(STORAGE_KEY, writeTicked(ticked, ids));
  } catch {
    if (note)
      note.textContent =
        'Webbläsaren tillåter inte att markeringarna sparas. De finns kvar tills du lämnar sidan.';
  }
}

function ticked(): Set<string> {
  return new Set(boxes.filter((box) => box.checked).map((box) => box.value));
}

function announce() {
  if (progress) progress.textContent = progressText(ticked().size, boxes.length);
}

const stored = load();
for (const box of boxes) {
  box.checked = stored.has(box.value);
  box.addEventListener('change', () => {
    save(ticked());
    announce();
  });
}
announce();

/** Sets the boxes and what is kept to `set`. */
function restore(set: Set<string>) {
  for (const box of boxes) box.checked = set.has(box.value);
  save(set);
  announce();
}

// Clearing a month's work can be undone: the ticks before it are kept until the next change.
const undo = actions?.querySelector<HTMLButtonElement>('[data-action="undo"]');
let beforeClear: Set<string> | undefined;
const forgetUndo = () => {
  beforeClear = undefined;
  if (undo) undo.hidden = true;
};
boxes.forEach((box) => box.addEventListener('change', forgetUndo));

actions?.addEventListener('click', (event) => {
  const action =
    event.target instanceof Element
      ? event.target.closest<HTMLButtonElement>('button')?.dataset.action
      : undefined;
  if (action === 'print') window.print();
  if (action === 'clear') {
    const before = ticked();
    restore(new Set());
    if (before.size > 0 && undo) {
      beforeClear = before;
      undo.hidden = false;
      if (progress)
        progress.textContent = `Alla ${before.size} markeringar är borttagna. Du kan ångra med knappen Ångra.`;
    }
  }
  if (action === 'undo' && beforeClear) {
    const back = beforeClear;
    forgetUndo();
    restore(back);
    actions.querySelector<HTMLButtonElement>('[data-action="clear"]')?.focus();
  }
});
