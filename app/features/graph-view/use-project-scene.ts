import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { GraphAnalysis } from '../../domain/analysis';
import type { GraphIndex } from '../../domain/graph-index';
import type { Scene } from '../../domain/scene';
import { useT } from '../../state/hooks';
import { useAppStore } from '../../state/store';
import { fitToPositions } from './positions';
import { applyScene } from './scene-adapter';
import { makeSceneElement, sceneElementData, sceneIds } from './scene-elements';

/** Which part of the graph a scene shows: when it changes, the view fits the new part. */
function sceneView(scene: Scene): string {
  return `${scene.kind}:${scene.path.join(',')}`;
}

const shownView = new WeakMap<Core, string>();

/**
 * The scene drawn onto a canvas that holds only it (graphs above the scene budget): each
 * change of scene is one batch of additions and removals. Expanding or filtering keeps
 * the view; opening a community or going back out fits it.
 */
export function useProjectScene(cy: Core | null, index: GraphIndex, scene: Scene | undefined, analysis: GraphAnalysis | undefined, enabled: boolean) {
  const lang = useAppStore((s) => s.lang);
  const t = useT();
  useEffect(
    function projectScene() {
      if (!cy || !enabled || !scene) return;
      const ctx = { index, scene, analysis, lang, t };
      applyScene(cy, sceneIds(scene), (id) => makeSceneElement(ctx, id), (id) => sceneElementData(ctx, id));
      const view = sceneView(scene);
      if (shownView.get(cy) !== view) {
        shownView.set(cy, view);
        fitToPositions(cy);
      }
      performance.mark('age:scene-applied');
      requestAnimationFrame(() => performance.mark('age:scene-drawn'));
    },
    [cy, index, scene, analysis, lang, t, enabled],
  );
}
