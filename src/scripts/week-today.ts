// Marks today in a centre's week and hides closed days that have passed since the page was built.
// Dates are the region's (Europe/Stockholm), whatever the reader's own time zone. Without this
// script the whole week and every listed exception show, which is still true, only less pointed.
const today = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());
const weekday = ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'][
  new Date(`${today}T12:00:00Z`).getUTCDay()
];

for (const row of document.querySelectorAll<HTMLElement>('[data-week] [data-weekday]')) {
  if (row.dataset.weekday !== weekday) continue;
  row.classList.add('fc-week__day--today');
  row.setAttribute('aria-current', 'date');
  row.querySelector<HTMLElement>('.fc-week__today')?.removeAttribute('hidden');
}
for (const item of document.querySelectorAll<HTMLElement>('[data-week] [data-exception-until]')) {
  if ((item.dataset.exceptionUntil ?? '') < today) item.hidden = true;
}

// A preview build knows no address of its own and writes the feed's path; the address a person
// copies, and the webcal:// link, are the ones the page was opened at.
for (const shown of document.querySelectorAll<HTMLElement>('[data-week] [data-calendar-url]')) {
  const path = shown.textContent ?? '';
  if (!path.startsWith('/')) continue;
  const address = new URL(path, window.location.href);
  shown.textContent = address.href;
  const subscribe = shown
    .closest('[data-week]')
    ?.querySelector<HTMLAnchorElement>('[data-calendar-subscribe]');
  if (subscribe) subscribe.href = address.href.replace(/^https?:/, 'webcal:');
}
