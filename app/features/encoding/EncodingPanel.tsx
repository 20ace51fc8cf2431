import { useState } from 'react';
import type { GraphIndex } from '../../domain/graph-index';
import { useAnalysis, useGraphIndex, useT } from '../../state/hooks';
import { useAppStore, type SizeBy } from '../../state/store';
import { CommunityLegend } from './CommunityLegend';
import './encoding.css';

/**
 * How entities are drawn: sized by type, relations (degree) or bridging (betweenness),
 * and coloured by type or by community, so the blocs show at a glance.
 */
export function EncodingPanel() {
  const t = useT();
  const index = useGraphIndex();
  const [open, setOpen] = useState(false);
  if (!index) return null;
  return (
    <details className="encoding-panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('scene.encoding')}</summary>
      {/* Mounted once opened: its options need the graph's analysis, which a reader who
          never opens the panel should not wait behind at start-up. */}
      {open && <EncodingControls index={index} />}
    </details>
  );
}

function EncodingControls({ index }: { index: GraphIndex }) {
  const t = useT();
  const analysis = useAnalysis(index);
  const sizeBy = useAppStore((s) => s.sizeBy);
  const colourBy = useAppStore((s) => s.colourBy);
  const setSizeBy = useAppStore((s) => s.setSizeBy);
  const setColourBy = useAppStore((s) => s.setColourBy);
  const options: { value: SizeBy; label: string }[] = [
    { value: 'none', label: t('scene.sizeNone') },
    { value: 'degree', label: t('scene.sizeDegree') },
    ...(analysis?.betweenness ? [{ value: 'betweenness' as const, label: t('scene.sizeBetweenness') }] : []),
  ];
  return (
    <>
      <label className="encoding-panel__row">
        {t('scene.sizeBy')}{' '}
        <select value={sizeBy} onChange={(e) => setSizeBy(e.target.value as SizeBy)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label className="encoding-panel__row">
        <input type="checkbox" checked={colourBy === 'community'} onChange={(e) => setColourBy(e.target.checked ? 'community' : 'type')} />{' '}
        {t('scene.colourByCommunity')}
      </label>
      {colourBy === 'community' && analysis && <CommunityLegend index={index} analysis={analysis} />}
    </>
  );
}
