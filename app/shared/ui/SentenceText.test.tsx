// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SentenceText } from './SentenceText';

describe('SentenceText', () => {
  it('marks the given ranges and keeps the text verbatim', () => {
    const text = 'زار الرئيس الروسي فلاديمير بوتين الصين';
    const { container } = render(<SentenceText text={text} ranges={[{ start: 18, end: 32 }]} activeRange={{ start: 18, end: 32 }} />);
    expect(container.textContent).toBe(text);
    const mark = container.querySelector('mark');
    expect(mark?.textContent).toBe('فلاديمير بوتين');
    expect(mark?.className).toBe('span-active');
    expect(container.firstElementChild?.getAttribute('dir')).toBe('rtl');
  });

  it('renders markup in file content as text, never as HTML', () => {
    const hostile = '<img src=x onerror=alert(1)> نص';
    const { container } = render(<SentenceText text={hostile} ranges={[{ start: 0, end: 5 }]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe(hostile);
    expect(screen.getByText('<img', { exact: false })).toBeTruthy();
  });
});
