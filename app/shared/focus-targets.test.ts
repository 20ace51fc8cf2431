// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { focusTarget, targetElement, targetRef } from './focus-targets';

describe('focus targets', () => {
  it('finds an element by name while its owner has it mounted, and forgets it after', () => {
    const input = document.body.appendChild(document.createElement('input'));
    const release = targetRef('search')(input);
    expect(targetRef('search')).toBe(targetRef('search'));
    expect(targetElement('search')).toBe(input);
    expect(focusTarget('search')).toBe(true);
    expect(document.activeElement).toBe(input);
    release();
    expect(targetElement('search')).toBeNull();
    expect(focusTarget('search')).toBe(false);
  });

  it('keeps the newer owner when an older one lets go late', () => {
    const older = document.body.appendChild(document.createElement('button'));
    const newer = document.body.appendChild(document.createElement('button'));
    const releaseOlder = targetRef('span-actions')(older);
    const releaseNewer = targetRef('span-actions')(newer);
    releaseOlder();
    expect(targetElement('span-actions')).toBe(newer);
    releaseNewer();
    expect(targetElement('span-actions')).toBeNull();
  });
});
