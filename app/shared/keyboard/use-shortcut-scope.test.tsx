// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { heldScopes } from './shortcut-layer';
import type { ShortcutScope } from './shortcut-table';
import { useShortcutScope } from './use-shortcut-scope';

function Dialog({ open }: { open: boolean }) {
  useShortcutScope('dialog', {}, open);
  return null;
}

/** Rendered after the dialog: its layout effect sees the scopes as the commit left them. */
function Witness({ seen }: { seen: (readonly ShortcutScope[])[] }) {
  useLayoutEffect(() => {
    seen.push([...heldScopes()]);
  });
  return null;
}

describe('useShortcutScope', () => {
  it('holds and releases its scope in the commit that shows or hides its part, before any later key', () => {
    const seen: (readonly ShortcutScope[])[] = [];
    const view = render(
      <>
        <Dialog open />
        <Witness seen={seen} />
      </>,
    );
    expect(seen.at(-1)).toContain('dialog');
    view.rerender(
      <>
        <Dialog open={false} />
        <Witness seen={seen} />
      </>,
    );
    expect(seen.at(-1)).not.toContain('dialog');
    view.unmount();
    expect(heldScopes()).not.toContain('dialog');
  });
});
