// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { armCrashForTest } from './crash-probe';
import { PanelBoundary } from './PanelBoundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('cannot read the selection');
  return <p>drawn</p>;
}

afterEach(() => {
  armCrashForTest(null);
  broken = true;
});

describe('PanelBoundary', () => {
  it('shows what failed, keeps its neighbours, and draws again on Try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = renderWithApp(
      <>
        <PanelBoundary part="side">
          <Fragile />
        </PanelBoundary>
        <p>neighbour</p>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Something went wrong while drawing this view');
    expect(alert.textContent).toContain('The side panel failed to draw.');
    expect(alert.textContent).toContain('cannot read the selection');
    expect(screen.getByText('neighbour')).toBeTruthy();

    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('drawn')).toBeTruthy();
  });

  it('speaks Arabic to an Arabic reader', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithApp(
      <PanelBoundary part="filters">
        <Fragile />
      </PanelBoundary>,
      { state: { lang: 'ar' } },
    );
    expect(screen.getByRole('alert').textContent).toContain('تعذّر رسم المرشِّحات.');
    expect(screen.getByRole('button', { name: 'حاول مجددًا' })).toBeTruthy();
  });

  it('the ?crash= probe breaks only its own part, until Try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = false;
    armCrashForTest('canvas');
    const { user } = renderWithApp(
      <>
        <PanelBoundary part="canvas">
          <p>canvas</p>
        </PanelBoundary>
        <PanelBoundary part="list">
          <p>list</p>
        </PanelBoundary>
      </>,
    );
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.queryByText('canvas')).toBeNull();
    expect(screen.getByText('list')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('canvas')).toBeTruthy();
  });
});
