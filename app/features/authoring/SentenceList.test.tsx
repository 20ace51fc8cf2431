// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Proposal } from '../../domain/annotation/proposals';
import { sampleDoc } from '../../domain/annotation/fixtures';
import { useDraftLocks } from '../../state/draft-lock';
import { useDrafts } from '../../state/drafts';
import { renderWithApp } from '../../test/render';
import { SentenceList } from './SentenceList';
import { useAuthoring } from './store';

beforeAll(() => {
  // jsdom lays nothing out: the arcs measure zero-sized boxes, which is all they need here.
  globalThis.ResizeObserver ??= class {
    observe() {}
    disconnect() {}
    unobserve() {}
  } as unknown as typeof ResizeObserver;
});

let draft = '';
beforeEach(() => {
  useDrafts.setState({ drafts: {} });
  draft = useDrafts.getState().create(sampleDoc());
  useDraftLocks.setState({ holds: { [draft]: 'held' } });
  useAuthoring.getState().reset();
});

/** "روسيا" a second time in s2 is already a mention; in s1 the words «الرئيس الروسي» are proposed as Russia, and «شي جين بينغ» from another graph. */
const S1 = sampleDoc().sentences[1]!.text;
const S3 = sampleDoc().sentences[3]!.text;
const proposals: Proposal[] = [
  {
    key: 'occ:russia:s1:0',
    kind: 'occurrence',
    sentence: 's1',
    start: S1.indexOf('الروسي'),
    end: S1.indexOf('الروسي') + 'الروسي'.length,
    quote: 'الروسي',
    entity: { id: 'russia', type: 'country', label: { ar: 'روسيا', en: 'Russia' } },
    source: null,
  },
  {
    key: 'sug:xi',
    kind: 'suggestion',
    sentence: 's3',
    start: S3.indexOf('شي جين بينغ'),
    end: S3.indexOf('شي جين بينغ') + 'شي جين بينغ'.length,
    quote: 'شي جين بينغ',
    entity: { id: 'xi', type: 'person', label: { ar: 'شي جين بينغ', en: 'Xi Jinping' } },
    source: { kind: 'graph', id: 'putin-china-visit', title: 'Putin in China' },
  },
];

function renderList(lang: 'en' | 'ar' = 'en') {
  const verdicts: [string, string][] = [];
  const view = renderWithApp(<SentenceList keysHelpId="help" proposals={proposals} onProposal={(key, verdict) => verdicts.push([key, verdict])} acceptAll={() => undefined} findRef={createRef()} />, {
    state: { workspace: { page: 'annotate', draft }, lang },
  });
  return { ...view, verdicts };
}

describe('proposals drawn in the text', () => {
  it('draws each proposal dim and dashed in its type colour, named as a suggestion (led by its words where they are not in the name), with the text left whole', () => {
    renderList();
    const russia = screen.getByRole('button', { name: 'الروسي: Suggested: Russia (Country)' });
    expect(russia.textContent).toBe('الروسي');
    expect(russia.className).toContain('ann-p');
    expect(russia.style.getPropertyValue('--type-color')).toBe('#d04a4a');
    expect(russia.tabIndex).toBe(-1);
    expect(screen.getByRole('button', { name: 'شي جين بينغ: Suggested: Xi Jinping (Person)' }).textContent).toBe('شي جين بينغ');
    // The sentence reads as written: a proposal adds elements, never characters.
    expect(screen.getByRole('group', { name: 'Lede' }).textContent).toBe(S1);
  });

  it('names proposals in Arabic in the Arabic interface', () => {
    renderList('ar');
    expect(screen.getByRole('button', { name: 'الروسي: مقترح: روسيا (دولة)' })).toBeTruthy();
  });

  it('accepts with Enter and rejects with Delete, on the proposal itself or with the caret on it', () => {
    const { verdicts } = renderList();
    const xi = screen.getByRole('button', { name: 'شي جين بينغ: Suggested: Xi Jinping (Person)' });
    xi.focus();
    fireEvent.keyDown(xi, { key: 'Enter' });
    fireEvent.keyDown(xi, { key: 'Delete' });
    fireEvent.keyDown(xi, { key: 'x' });
    expect(verdicts).toEqual([
      ['sug:xi', 'accept'],
      ['sug:xi', 'reject'],
    ]);
    // The keyboard caret inside the Russia proposal in the lede.
    act(() => useAuthoring.getState().setSpan({ sentence: 's1', anchor: S1.indexOf('الروسي') + 1, focus: S1.indexOf('الروسي') + 1 }));
    const lede = screen.getByRole('group', { name: 'Lede' });
    fireEvent.keyDown(lede, { key: 'Delete' });
    expect(verdicts.at(-1)).toEqual(['occ:russia:s1:0', 'reject']);
  });

  it('a key within the frame after a step walks the document as it is now, not the proposals still drawn', () => {
    // The Russia proposal was just accepted: the list drawn still shows it for a frame, the document's list no longer does.
    const verdicts: [string, string][] = [];
    const now = proposals.filter((p) => p.key !== 'occ:russia:s1:0');
    renderWithApp(
      <SentenceList keysHelpId="help" proposals={proposals} proposalsNow={() => now} onProposal={(key, verdict) => verdicts.push([key, verdict])} acceptAll={() => undefined} findRef={createRef()} />,
      { state: { workspace: { page: 'annotate', draft }, lang: 'en' } },
    );
    // Enter on the words just taken does not take them again.
    act(() => useAuthoring.getState().setSpan({ sentence: 's1', anchor: S1.indexOf('الروسي') + 1, focus: S1.indexOf('الروسي') + 1 }));
    fireEvent.keyDown(screen.getByRole('group', { name: 'Lede' }), { key: 'Enter' });
    expect(verdicts).toEqual([]);
    // Delete on Xi's: nothing is left to go on to, so the caret does not go back to Russia's.
    const at = S3.indexOf('شي جين بينغ') + 1;
    act(() => useAuthoring.getState().setSpan({ sentence: 's3', anchor: at, focus: at }));
    const s3 = document.querySelector<HTMLElement>('.ann-sentence[data-sentence="s3"]')!;
    fireEvent.keyDown(s3, { key: 'Delete' });
    expect(verdicts).toEqual([['sug:xi', 'reject']]);
    expect(useAuthoring.getState().span?.sentence).toBe('s3');
  });

  it('draws mentions by type with their entity named, apart from proposals', () => {
    renderList();
    const lede = screen.getByRole('group', { name: 'Lede' });
    const putin = within(lede).getByRole('button', { name: 'فلاديمير بوتين: Vladimir Putin (Person)' });
    expect(putin.className).toContain('ann-m');
    expect(putin.className).not.toContain('ann-p');
    expect(putin.style.getPropertyValue('--type-color')).toBe('#2f6fdf');
    expect(putin.getAttribute('data-marker')).toBe('1');
  });
});
