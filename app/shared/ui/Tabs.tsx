import { useRef, type ReactNode } from 'react';

export interface TabDef<K extends string> {
  key: K;
  label: string;
  render: () => ReactNode;
}

/** WAI-ARIA tabs with automatic activation; arrow keys follow the reading direction. */
export function Tabs<K extends string>({ tabs, active, onChange, label, idPrefix }: { tabs: TabDef<K>[]; active: K; onChange: (key: K) => void; label: string; idPrefix: string }) {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const move = (from: K, delta: number) => {
    const i = tabs.findIndex((t) => t.key === from);
    const next = tabs[(i + delta + tabs.length) % tabs.length];
    if (next) {
      onChange(next.key);
      refs.current.get(next.key)?.focus();
    }
  };
  const current = tabs.find((t) => t.key === active) ?? tabs[0];
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tabs__list">
        {tabs.map((tab) => (
          <button
            key={tab.key}
            ref={(el) => {
              if (el) refs.current.set(tab.key, el);
              else refs.current.delete(tab.key);
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab.key}`}
            aria-selected={tab.key === active}
            aria-controls={`${idPrefix}-panel-${tab.key}`}
            tabIndex={tab.key === active ? 0 : -1}
            onClick={() => onChange(tab.key)}
            onKeyDown={(e) => {
              const rtl = document.documentElement.dir === 'rtl';
              if (e.key === 'ArrowRight') move(tab.key, rtl ? -1 : 1);
              else if (e.key === 'ArrowLeft') move(tab.key, rtl ? 1 : -1);
              else if (e.key === 'Home') move(tab.key, -tabs.findIndex((t) => t.key === tab.key));
              else if (e.key === 'End') move(tab.key, tabs.length - 1 - tabs.findIndex((t) => t.key === tab.key));
              else return;
              e.preventDefault();
              e.stopPropagation();
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {current && (
        <div role="tabpanel" id={`${idPrefix}-panel-${current.key}`} aria-labelledby={`${idPrefix}-tab-${current.key}`} className="tabs__panel" tabIndex={0}>
          {current.render()}
        </div>
      )}
    </div>
  );
}
