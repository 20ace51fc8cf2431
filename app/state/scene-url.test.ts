import { describe, expect, it } from 'vitest';
import { emptySceneState, type SceneState } from '../domain/scene';
import { decodeScene, encodeScene, MAX_LINK_ITEMS, MAX_PAGES } from './scene-url';

function hashOf(scene: SceneState, selected: string | null = null): string {
  return new URLSearchParams(encodeScene(scene, selected)).toString();
}

function decode(hash: string, selected: string | null = null): SceneState {
  return decodeScene(new URLSearchParams(hash), selected);
}

describe("the scene's place in the URL", () => {
  it('writes opened communities by the number the reader sees, expansions with their pages, brought entities', () => {
    const scene: SceneState = { opened: [0, 3], expanded: { putin: 1, xi: 3 }, brought: ['lavrov', 'kyiv'] };
    const hash = hashOf(scene);
    expect(hash).toBe('open=1%2C4&exp=putin%2Cxi%3A3&br=lavrov%2Ckyiv');
    expect(decode(hash)).toEqual(scene);
  });

  it('writes nothing for the overview, and reads an empty hash as the overview', () => {
    expect(encodeScene(emptySceneState, null)).toEqual([]);
    expect(decode('')).toBe(emptySceneState);
  });

  it('lets the selection stand for the entity it just brought in, and gives it back on reading', () => {
    const scene: SceneState = { opened: [2], expanded: {}, brought: ['a', 'b'] };
    expect(hashOf(scene, 'b')).toBe('open=3&br=a');
    expect(decode(hashOf(scene, 'b'), 'b')).toEqual(scene);
    // Selected earlier than another brought entity: the order is kept, so it is written.
    const earlier: SceneState = { opened: [], expanded: {}, brought: ['b', 'a'] };
    expect(decode(hashOf(earlier, 'b'), 'b')).toEqual(earlier);
    // Only a selection: the scene brings it in, as a click would have.
    expect(decode('', 'putin')).toEqual({ opened: [], expanded: {}, brought: ['putin'] });
  });

  it('drops values that do not parse and keeps the rest', () => {
    expect(decode('open=0,x,2,-1,2,1.5,99999999&exp=a:0,b:x,:3,c:2,c:5,d&br=,e,e,f:g')).toEqual({
      opened: [1],
      expanded: { c: 2, d: 1 },
      brought: ['e'],
    });
  });

  it('bounds what a hand-made link can ask for', () => {
    const many = Array.from({ length: 500 }, (_, i) => `n${i}`);
    const scene = decode(`open=${many.map((_, i) => i + 1).join(',')}&exp=big:9999,${many.join(',')}&br=${many.join(',')}`);
    expect(scene.opened).toHaveLength(MAX_LINK_ITEMS);
    expect(scene.brought).toHaveLength(MAX_LINK_ITEMS);
    expect(Object.keys(scene.expanded)).toHaveLength(MAX_LINK_ITEMS);
    expect(scene.expanded.big).toBe(MAX_PAGES);
  });

  it('keeps an id named like an object property as an ordinary key', () => {
    const scene = decode('exp=__proto__:2,constructor');
    expect(Object.getPrototypeOf(scene.expanded)).toBe(Object.prototype);
    expect(Object.keys(scene.expanded).sort()).toEqual(['__proto__', 'constructor']);
    expect(scene.expanded.constructor).toBe(1);
  });
});
