/**
 * A node type's symbol drawn as the canvas draws it (an SVG shape, not a font character,
 * which may have no glyph in the reader's fonts). Points are on a 16 x 16 box.
 */
const POLYGONS: Record<string, string> = {
  diamond: '8,1 15,8 8,15 1,8',
  'round-triangle': '8,1.5 15,14.5 1,14.5',
  hexagon: '4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8',
  'round-tag': '1,2 11,2 15,8 11,14 1,14',
  star: '8,0.8 10.1,5.6 15.3,6 11.4,9.4 12.6,14.6 8,11.8 3.4,14.6 4.6,9.4 0.7,6 5.9,5.6',
  vee: '1,2 8,6 15,2 8,15',
  octagon: '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
  rhomboid: '4,2 15,2 12,14 1,14',
};

export function LegendShape({ shape, color }: { shape: string; color: string }) {
  const polygon = POLYGONS[shape];
  return (
    <svg className="legend__shape" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false" data-shape={shape}>
      {polygon ? (
        <polygon points={polygon} fill={color} />
      ) : shape === 'round-rectangle' ? (
        <rect x="1.5" y="1.5" width="13" height="13" rx="3" fill={color} />
      ) : shape === 'barrel' ? (
        <rect x="2" y="1" width="12" height="14" rx="5" ry="2.5" fill={color} />
      ) : (
        <circle cx="8" cy="8" r="7" fill={color} />
      )}
    </svg>
  );
}
