// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleDoc } from '../../domain/annotation/fixtures';
import type { Graph } from '../../domain/schema';
import { useDraftLocks } from '../../state/draft-lock';
import { useDrafts } from '../../state/drafts';
import { renderWithApp } from '../../test/render';
import { ProposalsPanel } from './ProposalsPanel';
import { useAuthoring } from './store';
import { useProposals } from './use-proposals';

const bundled = JSON.parse(readFileSync('graph-data/putin-china-visit.graph.json', 'utf8')) as Graph;

function Panel() {
  return <ProposalsPanel {...useProposals()} />;
}

let draft = '';
beforeEach(() => {
  useDrafts.setState({ drafts: {} });
  useAuthoring.getState().reset();
  draft = useDrafts.getState().create(sampleDoc());
  useDraftLocks.setState({ holds: { [draft]: 'held' } });
});

const record = () => useDrafts.getState().drafts[draft]!;

describe('the proposals panel over the hook', () => {
  const XI = 'Suggested: Xi Jinping (Person): شي جين بينغ, Sentence 2';

  it('suggests an entity of the bundled graph; Enter creates it with its mention in one step', async () => {
    const { user } = renderWithApp(<Panel />, { graph: bundled, state: { workspace: { page: 'annotate', draft } } });
    const xi = await screen.findByRole('region', { name: /^Xi Jinping \(Person\)/ });
    // Shown, not written.
    expect(record().history.present.entities.map((e) => e.id)).toEqual(['putin', 'russia', 'china']);
    within(xi).getByRole('listitem', { name: XI }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(record().history.present.entities.map((e) => e.id)).toContain('xi-jinping'));
    const made = record().history.present.entities.find((e) => e.id === 'xi-jinping');
    expect(made?.mentions).toEqual([{ sentence: 's3', quote: 'شي جين بينغ' }]);
    expect(made?.aliases).toEqual({ en: ['Xi'] });
    expect(record().history.past).toHaveLength(1);
  });

  it('Delete rejects a suggestion: kept in the draft record, gone from the list, nothing written', async () => {
    const { user } = renderWithApp(<Panel />, { graph: bundled, state: { workspace: { page: 'annotate', draft } } });
    const item = await screen.findByRole('listitem', { name: XI });
    item.focus();
    await user.keyboard('{Delete}');
    await waitFor(() => expect(screen.queryByRole('listitem', { name: XI })).toBeNull());
    expect(record().rejected).toEqual(['suggestion:person:شي جين بينغ@s3:شي جين بينغ#1']);
    expect(record().history.past).toHaveLength(0);
  });

  it('Mark all proposes an entity’s other occurrences; Accept all makes them mentions in one step', async () => {
    useAuthoring.getState().markAll('china');
    const { user } = renderWithApp(<Panel />, { state: { workspace: { page: 'annotate', draft } } });
    const china = await screen.findByRole('region', { name: /^China \(Country\) 2 proposals/ });
    await user.click(within(china).getByRole('button', { name: 'Accept all (2): China' }));
    await waitFor(() => expect(record().history.present.entities.find((e) => e.id === 'china')?.mentions).toHaveLength(4));
    expect(record().history.past).toHaveLength(1);
  });
});
