import { EXPAND_PAGE, SCENE_BUDGET, emptySceneState, type SceneState } from '../domain/scene';

/**
 * The reader's place in a graph too large to draw whole, as three hash parameters:
 * `open=1,4` the communities opened, by the number the breadcrumb shows (1-based);
 * `exp=putin:2,xi` entities whose neighbourhoods are expanded, with the pages shown
 * (one page when no count is given); `br=a,b` entities brought in from outside the
 * scene. The entity selected last is left out of `br` when it is the newest brought one:
 * the selection (`sel=`) stands for it, so a link to a selection stays short.
 * Anything that does not parse is dropped; ids that do not exist in the graph are kept
 * here and ignored by the scene (see staleSceneRefs).
 */

/** At most this many of each list are read from a link, so a hand-made URL cannot grow the work. */
export const MAX_LINK_ITEMS = 100;
/** More pages than this would ask for more neighbours than the canvas draws. */
export const MAX_PAGES = Math.ceil(SCENE_BUDGET / EXPAND_PAGE);

const ID = /^[^,:\s]{1,200}$/;

export function encodeScene(scene: SceneState, selected: string | null): [string, string][] {
  const out: [string, string][] = [];
  if (scene.opened.length) out.push(['open', scene.opened.map((c) => String(c + 1)).join(',')]);
  const expanded = Object.entries(scene.expanded).filter(([, pages]) => pages > 0);
  if (expanded.length) out.push(['exp', expanded.map(([id, pages]) => (pages === 1 ? id : `${id}:${pages}`)).join(',')]);
  const brought = selected !== null && scene.brought.at(-1) === selected ? scene.brought.slice(0, -1) : scene.brought;
  if (brought.length) out.push(['br', brought.join(',')]);
  return out;
}

function items(value: string | null): string[] {
  return [...new Set((value ?? '').split(',').filter(Boolean))].slice(0, MAX_LINK_ITEMS);
}

export function decodeScene(params: URLSearchParams, selected: string | null): SceneState {
  const opened: number[] = [];
  for (const item of items(params.get('open'))) {
    if (!/^\d{1,6}$/.test(item)) continue;
    const community = Number(item) - 1;
    if (community >= 0 && !opened.includes(community)) opened.push(community);
  }
  // A Map, not an object: an id such as `__proto__` must stay an ordinary key.
  const expanded = new Map<string, number>();
  for (const item of items(params.get('exp'))) {
    const match = /^([^:]+)(?::(\d{1,4}))?$/.exec(item);
    const id = match?.[1];
    const pages = match?.[2] === undefined ? 1 : Number(match[2]);
    if (!id || !ID.test(id) || pages < 1 || expanded.has(id)) continue;
    expanded.set(id, Math.min(pages, MAX_PAGES));
  }
  const brought = items(params.get('br')).filter((id) => ID.test(id));
  if (selected !== null && !brought.includes(selected)) brought.push(selected);
  if (opened.length === 0 && brought.length === 0 && expanded.size === 0) return emptySceneState;
  return { opened, expanded: Object.fromEntries(expanded), brought };
}
