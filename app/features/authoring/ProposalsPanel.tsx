import './proposals.css';
import { useEffect, useId, useMemo, useRef } from 'react';
import { groupProposals, type ProposalGroup } from '../../domain/annotation/propose';
import type { Proposal } from '../../domain/annotation/proposals';
import { bodyNumbers } from '../../domain/sentence-roles';
import { articleText } from '../../domain/text-direction';
import { sentenceRoleLabel } from '../../shared/i18n/sentence-role';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { useDocAfterPaint } from './doc-hooks';
import { useAuthoring } from './store';
import type { ProposalsApi } from './use-proposals';

interface Props extends ProposalsApi {
  /** The name of an entity type in the user's language (from the draft or the proposal's source). */
  typeLabel: (proposal: Proposal) => string;
}

/**
 * What is proposed and not yet data: grouped by the entity it would belong to, with a
 * count and "Accept all"; each item is focusable, Enter accepts it and Delete rejects it.
 */
export function ProposalsPanel({ proposals, onProposal, acceptAll, typeLabel }: Props) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const doc = useDocAfterPaint();
  const listRef = useRef<HTMLDivElement>(null);
  const groups = useMemo(() => groupProposals(proposals), [proposals]);
  /** Each item's place in the list as shown, to keep the keyboard there after a verdict. */
  const order = useMemo(() => new Map(groups.flatMap((g) => g.items).map((p, i) => [p.key, i])), [groups]);
  const numbers = useMemo(() => bodyNumbers(doc.sentences), [doc.sentences]);
  const text = articleText(doc.article);
  const context = (p: Proposal) => around(doc.sentences.find((s) => s.id === p.sentence)?.text ?? '', p.start, p.end);
  const where = (p: Proposal) => sentenceRoleLabel(t, doc.sentences.find((s) => s.id === p.sentence), numbers.get(p.sentence) ?? '');

  /** After a verdict the item goes; the keyboard stays in the list, on the item that took its place. */
  const focusAt = useRef<number | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(
    function keepKeyboardInList() {
      const index = focusAt.current;
      if (index === null) return;
      focusAt.current = null;
      const items = listRef.current?.querySelectorAll<HTMLElement>('[data-proposal]');
      if (items && items.length > 0) items[Math.min(index, items.length - 1)]?.focus();
      else headingRef.current?.focus();
    },
    [proposals],
  );
  /** After "Mark all" (pressed in the entity list, maybe far from here on a phone), what it found is brought into view. */
  const groupElements = useRef(new Map<string, HTMLElement>());
  const lastMarked = useAuthoring((s) => s.lastMarked);
  useEffect(
    function showWhatMarkAllFound() {
      const group = lastMarked ? groupElements.current.get(`occurrence:${lastMarked.entity}`) : undefined;
      // jsdom has no scrolling: there the panel simply stays where it is.
      if (group && typeof group.scrollIntoView === 'function') group.scrollIntoView({ block: 'nearest' });
    },
    [lastMarked],
  );
  const decide = (p: Proposal, verdict: 'accept' | 'reject', index: number) => {
    focusAt.current = index;
    onProposal(p.key, verdict);
  };

  return (
    <section className="ann-side ann-proposals" aria-labelledby="ann-proposals">
      <h3 id="ann-proposals" ref={headingRef} tabIndex={-1}>{t('author.proposals', { count: proposals.length })}</h3>
      <p className="muted ann-proposals__help">{proposals.length === 0 ? t('author.proposalsNone') : t('author.proposalsHelp')}</p>
      <div ref={listRef}>
        {groups.map((group) => (
          <Group
            key={group.key}
            group={group}
            register={(element) => (element ? groupElements.current.set(group.key, element) : groupElements.current.delete(group.key))}
            label={group.entity.label[lang]} type={typeLabel(group.items[0] as Proposal)} onAcceptAll={() => acceptAll(group.items.map((p) => p.key))}>
            {group.items.map((p) => {
              const at = order.get(p.key) ?? 0;
              const name = t(p.part ? 'author.proposalPartName' : 'author.proposalName', { label: p.entity.label[lang], type: typeLabel(p) });
              return (
                <li
                  key={p.key}
                  data-proposal=""
                  tabIndex={0}
                  aria-label={`${name}: ${p.quote}, ${where(p)}`}
                  className="ann-proposal"
                  onKeyDown={(event) => {
                    if (event.target !== event.currentTarget) return;
                    if (event.key === 'Enter') decide(p, 'accept', at);
                    else if (event.key === 'Delete' || event.key === 'Backspace') decide(p, 'reject', at);
                    else return;
                    event.preventDefault();
                  }}
                >
                  <span className="ann-proposal__context" lang={text.lang} dir={text.dir}>
                    {context(p).before}
                    <mark>{p.quote}</mark>
                    {context(p).after}
                  </span>
                  <span className="ann-proposal__row">
                    <span className="muted">
                      {where(p)}
                      {p.part && <span className="ann-proposal__part">{t('author.proposalPart')}</span>}
                    </span>
                    <span className="ann-items__buttons">
                      <button type="button" aria-label={t('author.acceptNamed', { quote: p.quote, label: p.entity.label[lang] })} onClick={() => decide(p, 'accept', at)}>
                        {t('author.accept')}
                      </button>
                      <button type="button" aria-label={t('author.rejectNamed', { quote: p.quote, label: p.entity.label[lang] })} onClick={() => decide(p, 'reject', at)}>
                        {t('author.reject')}
                      </button>
                    </span>
                  </span>
                </li>
              );
            })}
          </Group>
        ))}
      </div>
    </section>
  );
}

function Group({
  group,
  register,
  label,
  type,
  onAcceptAll,
  children,
}: {
  group: ProposalGroup;
  register: (element: HTMLElement | null) => void;
  label: string;
  type: string;
  onAcceptAll: () => void;
  children: React.ReactNode;
}) {
  const t = useT();
  const from = group.source === null ? t('author.proposalFromDraft') : t(group.source.kind === 'draft' ? 'author.proposalFromOtherDraft' : 'author.proposalFromGraph', { title: group.source.title });
  const headingId = useId();
  return (
    <section ref={register} className="ann-proposals__group" aria-labelledby={headingId}>
      <h4 id={headingId}>
        <bdi className="ann-items__name">{label}</bdi> <span className="muted">({type})</span>{' '}
        <span className="ann-proposals__count">{t('author.proposalCount', { count: group.items.length })}</span>
      </h4>
      <p className="muted ann-proposals__from">
        <bdi>{from}</bdi>
      </p>
      <button type="button" className="ann-proposals__all" aria-label={t('author.acceptAllNamed', { count: group.items.length, label })} onClick={onAcceptAll}>
        {t('author.acceptAll', { count: group.items.length })}
      </button>
      <ul className="ann-items">{children}</ul>
    </section>
  );
}

const CONTEXT = 24;

/** A few words either side of a span, cut at spaces, so the reader sees where it is. */
function around(text: string, start: number, end: number): { before: string; after: string } {
  const left = text.slice(0, start);
  const right = text.slice(end);
  const cut = right.lastIndexOf(' ', CONTEXT);
  return {
    before: left.length > CONTEXT ? `…${left.slice(left.indexOf(' ', left.length - CONTEXT) + 1)}` : left,
    after: right.length > CONTEXT ? `${right.slice(0, cut > 0 ? cut : right.length)}…` : right,
  };
}
