// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mark, MARK, useMarkShown } from './marks';

const entries = (name: string) => performance.getEntriesByName(name, 'mark') as PerformanceMark[];

afterEach(() => performance.clearMarks());

describe('marks', () => {
  it('mark records a User Timing mark with its detail', () => {
    mark(MARK.selectionShown, 'node putin');
    expect(entries(MARK.selectionShown).map((e) => e.detail)).toEqual(['node putin']);
  });

  it('useMarkShown marks once per newly shown state, and not while nothing is shown', () => {
    const { rerender } = renderHook(({ shown }: { shown: string | null }) => useMarkShown(MARK.filterShown, shown), { initialProps: { shown: null as string | null } });
    expect(entries(MARK.filterShown)).toHaveLength(0);
    rerender({ shown: '58 114' });
    rerender({ shown: '58 114' });
    rerender({ shown: '58 90' });
    rerender({ shown: null });
    expect(entries(MARK.filterShown).map((e) => e.detail)).toEqual(['58 114', '58 90']);
  });
});
