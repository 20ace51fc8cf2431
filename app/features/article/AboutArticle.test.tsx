// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { smallGraph } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { AboutArticle } from './AboutArticle';

describe('AboutArticle', () => {
  it('makes its body (which names languages) only once opened, and says where the text comes from then', () => {
    const graph = smallGraph();
    graph.article.translation = { from: 'en', machine: true };
    const { container } = renderWithApp(<AboutArticle />, { graph });
    const details = container.querySelector('details')!;
    expect(screen.getByText('About this article')).toBeDefined();
    expect(container.textContent).not.toContain('machine translation');
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(screen.getByText('The Arabic text is itself a machine translation from English.')).toBeDefined();
  });
});
