import { useId } from 'react';
import { useT } from '../../state/hooks';
import type { ExportOptions } from './use-export-runner';

const SCALES = [1, 2, 3, 4];

/** PNG scale and image background; says so when the canvas limit caps the scale. */
export function ImageOptions({ options, onOptions, maxScale }: { options: ExportOptions; onOptions: (o: ExportOptions) => void; maxScale: number }) {
  const t = useT();
  const name = useId();
  const capId = useId();
  const capped = options.scale > maxScale;
  return (
    <div className="export-menu__image-options">
      <label>
        {t('export.pngScale')}{' '}
        <select value={options.scale} onChange={(e) => onOptions({ ...options, scale: Number(e.target.value) })} aria-describedby={capped ? capId : undefined}>
          {SCALES.map((s) => (
            <option key={s} value={s}>{`${s}×`}</option>
          ))}
        </select>
      </label>
      <div className="export-menu__radios" role="radiogroup" aria-labelledby={`${name}-bg-label`}>
        <span id={`${name}-bg-label`}>{t('export.pngBackground')}</span>
        {([false, true] as const).map((transparent) => (
          <label key={String(transparent)}>
            <input type="radio" name={`${name}-bg`} checked={options.transparent === transparent} onChange={() => onOptions({ ...options, transparent })} />
            {t(transparent ? 'export.bgTransparent' : 'export.bgSolid')}
          </label>
        ))}
      </div>
      {capped && (
        <p id={capId} className="export-menu__note">
          {t('export.capped', { scale: Math.floor(maxScale * 10) / 10 })}
        </p>
      )}
    </div>
  );
}
