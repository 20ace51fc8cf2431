// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../domain/graph-index';
import { useAppStore } from '../../state/store';
import { smallGraph } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { RelationTypeFilter } from './RelationTypeFilter';

const graph = smallGraph();
const index = indexGraph(graph);

describe('RelationTypeFilter', () => {
  it('hides a whole category as its relation types, and shows it again', async () => {
    const { user } = renderWithApp(<RelationTypeFilter index={index} />, { graph });
    const stance = screen.getAllByRole('group').find((g) => g.getAttribute('data-category') === 'stance')!;
    await user.click(within(stance).getByRole('button', { name: /^Hide all/ }));
    // "Category hidden" is nothing but its types hidden: one set in the store.
    expect([...useAppStore.getState().hiddenRelationTypes].sort()).toEqual(['accuses', 'supports']);
    expect(within(stance).getAllByRole('checkbox').map((c) => (c as HTMLInputElement).checked)).toEqual([false, false]);

    // Checking one type back shows that type alone.
    await user.click(within(stance).getByRole('checkbox', { name: 'supports' }));
    expect([...useAppStore.getState().hiddenRelationTypes]).toEqual(['accuses']);

    await user.click(within(stance).getByRole('button', { name: /^Show all/ }));
    expect(useAppStore.getState().hiddenRelationTypes.size).toBe(0);
  });

  it('lists only the relation types the graph uses, and no category left empty', () => {
    const g = smallGraph();
    g.relationTypes.push(
      { id: 'praises', label: { ar: 'يشيد بـ', en: 'praises' }, category: 'stance', directed: true },
      { id: 'wages', label: { ar: 'يشنّ', en: 'wages' }, category: 'conflict', directed: true },
    );
    renderWithApp(<RelationTypeFilter index={indexGraph(g)} />, { graph: g });
    expect(screen.queryByRole('checkbox', { name: 'praises' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'accuses' })).toBeTruthy();
    expect(screen.getAllByRole('group').map((group) => group.getAttribute('data-category'))).not.toContain('conflict');
  });

  it('reads a hidden type from the store (as a link would set it)', () => {
    renderWithApp(<RelationTypeFilter index={index} />, { graph, state: { hiddenRelationTypes: new Set(['visits']) } });
    expect((screen.getByRole('checkbox', { name: 'visits' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'accuses' }) as HTMLInputElement).checked).toBe(true);
  });
});
