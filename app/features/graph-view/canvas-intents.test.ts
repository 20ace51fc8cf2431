// @vitest-environment jsdom
import cytoscape from 'cytoscape';
import { beforeEach, describe, expect, it } from 'vitest';
import { indexGraph } from '../../domain/graph-index';
import { useAppStore } from '../../state/store';
import { smallGraph } from '../../test/fixtures';
import { resetStore } from '../../test/render';
import { listenToIntents } from './canvas-intents';
import { toCyElements } from './cy-elements';

const index = indexGraph(smallGraph());

function headless() {
  return cytoscape({ headless: true, elements: toCyElements(index, 'en') });
}

beforeEach(resetStore);

describe('canvas intents on headless Cytoscape', () => {
  it('a tap on a node or an edge selects it in the store', () => {
    const cy = headless();
    listenToIntents(cy);
    cy.getElementById('china').emit('tap');
    expect(useAppStore.getState().selection).toEqual({ kind: 'node', id: 'china' });
    cy.getElementById('putin-visits-china').emit('tap');
    expect(useAppStore.getState().selection).toEqual({ kind: 'edge', id: 'putin-visits-china' });
  });

  it('a tap on the background clears the selection and the sentence', () => {
    const cy = headless();
    listenToIntents(cy);
    useAppStore.getState().select({ kind: 'node', id: 'putin' });
    useAppStore.getState().setSentence('s1');
    cy.emit('tap');
    expect(useAppStore.getState()).toMatchObject({ selection: null, sentence: null });
  });

  it('a double tap on a node focuses its neighbourhood', () => {
    const cy = headless();
    listenToIntents(cy);
    cy.getElementById('west').emit('dbltap');
    expect(useAppStore.getState().focus).toEqual({ nodeId: 'west', depth: 1 });
  });

  it('hovering an element shows a pointer; the canvas never changes the store on its own', () => {
    const cy = headless();
    const container = document.createElement('div');
    listenToIntents(cy, container);
    cy.getElementById('putin').emit('mouseover');
    expect(container.classList.contains('is-pointing')).toBe(true);
    cy.getElementById('putin').emit('mouseout');
    expect(container.classList.contains('is-pointing')).toBe(false);
    // Selecting inside Cytoscape (not an intent) writes nothing back.
    cy.getElementById('china').select();
    expect(useAppStore.getState().selection).toBeNull();
  });

  it('stops listening when unsubscribed', () => {
    const cy = headless();
    const stop = listenToIntents(cy);
    stop();
    cy.getElementById('china').emit('tap');
    cy.getElementById('china').emit('dbltap');
    expect(useAppStore.getState()).toMatchObject({ selection: null, focus: null });
  });
});
