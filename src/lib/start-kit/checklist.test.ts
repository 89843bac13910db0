import { describe, expect, it } from 'vitest';
import { progressText, readTicked, writeTicked } from './checklist';

const steps = ['samtal', 'utredning', 'avsiktsforklaring'];

describe('readTicked', () => {
  it('reads stored ids that are steps', () => {
    expect([...readTicked('["utredning","samtal"]', steps)]).toEqual(['utredning', 'samtal']);
  });
  it('drops ids of steps that no longer exist and survives bad data', () => {
    expect([...readTicked('["samtal","borttaget",3]', steps)]).toEqual(['samtal']);
    expect(readTicked('{inte json', steps).size).toBe(0);
    expect(readTicked('{"samtal":true}', steps).size).toBe(0);
    expect(readTicked(null, steps).size).toBe(0);
  });
});

describe('writeTicked', () => {
  it('stores ticked ids in step order', () => {
    expect(writeTicked(new Set(['avsiktsforklaring', 'samtal']), steps)).toBe(
      '["samtal","avsiktsforklaring"]',
    );
  });
});

describe('progressText', () => {
  it('counts steps done', () => {
    expect(progressText(0, 12)).toBe('0 av 12 steg klara.');
    expect(progressText(12, 12)).toBe('Alla 12 steg är klara.');
  });
});
