import { describe, expect, it } from 'vitest';
import { placeLabels } from './labels';

const options = { charWidth: 6, lineHeight: 12, height: 200 };

describe('placeLabels', () => {
  it('leaves labels that do not meet where they are', () => {
    const labels = [
      { x: 50, y: 50, text: 'Mora' },
      { x: 150, y: 50, text: 'Orsa' },
    ];
    expect(placeLabels(labels, options)).toEqual(labels);
  });

  it('moves the shorter of two names that would cover each other a line away, keeping the order', () => {
    const [borlange, sater] = placeLabels(
      [
        { x: 100, y: 100, text: 'Borlänge' },
        { x: 110, y: 104, text: 'Säter' },
      ],
      options,
    );
    expect(borlange?.y).toBe(100);
    expect(Math.abs((sater?.y ?? NaN) - 104)).toBe(12);
    expect(sater?.text).toBe('Säter');
  });

  it('keeps a label inside the picture', () => {
    const [, moved] = placeLabels(
      [
        { x: 100, y: 196, text: 'Avesta' },
        { x: 100, y: 196, text: 'Säter' },
      ],
      options,
    );
    expect(moved?.y).toBeLessThan(196);
  });
});
