// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../state/store';
import { renderWithApp } from '../../test/render';
import { SearchBox } from './SearchBox';

describe('SearchBox', () => {
  it('lists entities found by an Arabic alias, and selects the one chosen', async () => {
    const { user } = renderWithApp(<SearchBox />);
    await user.type(screen.getByRole('combobox'), 'بوتين');
    const options = screen.getAllByRole('option');
    expect(options[0]?.textContent).toContain('Vladimir Putin');
    await user.click(options[0]!);
    expect(useAppStore.getState().selection).toEqual({ kind: 'node', id: 'putin' });
  });

  it('choosing a sentence opens the article at it in one store action', async () => {
    const { user } = renderWithApp(<SearchBox />);
    await user.type(screen.getByRole('combobox'), 'الغرب بالفشل');
    const sentence = screen.getAllByRole('option').find((o) => o.className.includes('search__option--sentence'))!;
    const states: unknown[] = [];
    const stop = useAppStore.subscribe((s) => states.push({ panel: s.panel, sentence: s.sentence, sheet: s.sheet }));
    await user.click(sentence);
    stop();
    expect(states).toEqual([{ panel: 'article', sentence: 's2', sheet: 'side' }]);
  });
});
