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
      <div className="export-menu__radios" role="radiogroup" aria-labelledby={`${name}-mode-label`} aria-describedby={options.publication ? `${name}-mode-hint` : undefined}>
        <span id={`${name}-mode-label`}>{t('export.imageMode')}</span>
        {([false, true] as const).map((publication) => (
          <label key={String(publication)}>
            <input type="radio" name={`${name}-mode`} checked={options.publication === publication} onChange={() => onOptions({ ...options, publication })} />
            {t(publication ? 'export.modePublication' : 'export.modeExact')}
          </label>
        ))}
      </div>
      {options.publication && (
        <p id={`${name}-mode-hint`} className="export-menu__note">
          {t('export.modeHint')}
        </p>
      )}
      <label>
        {t('export.pngScale')}{' '}
        <select value={options.scale} onChange={(e) => onOptions({ ...options, scale: Number(e.target.value) })} aria-describedby={capped ? capId : undefined}>
          {SCALES.map((s) => (
            <option key={s} value={s}>{`${s}×`}</option>
          ))}
        </select>
      </label>
      {/* A picture for publication always has the light background. */}
      {!options.publication && (
        <div className="export-menu__radios" role="radiogroup" aria-labelledby={`${name}-bg-label`}>
          <span id={`${name}-bg-label`}>{t('export.pngBackground')}</span>
          {([false, true] as const).map((transparent) => (
            <label key={String(transparent)}>
              <input type="radio" name={`${name}-bg`} checked={options.transparent === transparent} onChange={() => onOptions({ ...options, transparent })} />
              {t(transparent ? 'export.bgTransparent' : 'export.bgSolid')}
            </label>
          ))}
        </div>
      )}
      {capped && (
        <p id={capId} className="export-menu__note">
          {t('export.capped', { scale: Math.floor(maxScale * 10) / 10 })}
        </p>
      )}
    </div>
  );
}
