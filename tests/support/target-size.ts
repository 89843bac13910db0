/**
 * WCAG 2.2 success criterion 2.5.8 Target Size (Minimum), run inside the page: every target is at
 * least 24 × 24 CSS px, or a 24 px circle around its centre touches no other target (the spacing
 * exception), or it is a link inside a sentence (the inline exception). A form control's target
 * includes its label, which activates it too. Returns one line per target that fails.
 */
export function targetSizeProblems(): string[] {
  const MIN = 24;
  const selector =
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  // Not in a closed <details>, not hidden, not the visually hidden text for screen readers.
  const visible = (e: Element) =>
    e.checkVisibility({ checkVisibilityCSS: true, contentVisibilityAuto: true }) &&
    e.getBoundingClientRect().width > 0 &&
    !e.closest('.fc-visually-hidden, [inert]');
  const describe = (e: Element) =>
    `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} "${(e.textContent || (e as HTMLInputElement).name || e.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  /** A link that sits in running text among other words. */
  const inline = (e: Element) => {
    if (e.tagName !== 'A' || getComputedStyle(e).display !== 'inline') return false;
    const block = e.parentElement?.closest(
      'p, li, dd, td, th, figcaption, blockquote, span, label, small',
    );
    return Boolean(
      block && (block.textContent ?? '').trim().length > (e.textContent ?? '').trim().length + 1,
    );
  };
  const area = (e: Element): DOMRect => {
    const own = e.getBoundingClientRect();
    const label =
      e.closest('label') ??
      (e.id ? document.querySelector(`label[for="${CSS.escape(e.id)}"]`) : null);
    const labelled =
      label && e.matches('input, select, textarea') ? label.getBoundingClientRect() : undefined;
    const rects = labelled ? [own, labelled] : [own];
    const left = Math.min(...rects.map((r) => r.left));
    const top = Math.min(...rects.map((r) => r.top));
    const right = Math.max(...rects.map((r) => r.right));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    // A label beside its box covers the box's row: the box alone counts where the label is apart.
    return label && e.matches('input') && label.contains(e)
      ? new DOMRect(left, top, right - left, bottom - top)
      : labelled && Math.abs(own.top - labelled.top) < MIN
        ? new DOMRect(left, top, right - left, bottom - top)
        : own;
  };
  const targets = [...document.querySelectorAll(selector)]
    .filter(visible)
    .map((e) => ({ e, r: area(e) }));
  const distanceToRect = (x: number, y: number, r: DOMRect) =>
    Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
  const small = targets.filter(
    ({ e, r }) => (r.width < MIN - 0.5 || r.height < MIN - 0.5) && !inline(e),
  );
  const problems: string[] = [];
  for (const t of small) {
    const cx = t.r.left + t.r.width / 2;
    const cy = t.r.top + t.r.height / 2;
    const clash = targets.find(
      (u) =>
        u.e !== t.e &&
        !u.e.contains(t.e) &&
        !t.e.contains(u.e) &&
        (distanceToRect(cx, cy, u.r) < MIN / 2 ||
          (small.includes(u) &&
            Math.hypot(cx - (u.r.left + u.r.width / 2), cy - (u.r.top + u.r.height / 2)) < MIN)),
    );
    if (clash)
      problems.push(
        `${describe(t.e)} is ${Math.round(t.r.width)} × ${Math.round(t.r.height)} px, within 24 px of ${describe(clash.e)}`,
      );
  }
  return problems;
}
