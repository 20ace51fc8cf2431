import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '@/state/hooks';
import { disarmCrash, throwIfCrashForced, type CrashPart } from './crash-probe';
import { ChunkLoadError } from './lazy-part';

const PART_NAME = {
  canvas: 'crash.canvas',
  filters: 'crash.filters',
  side: 'crash.side',
  list: 'crash.list',
  authoring: 'crash.authoring',
} as const;

interface Props {
  part: CrashPart;
  children: ReactNode;
}

/**
 * Keeps a failure in one part of the page inside that part: the rest of the app goes on
 * working, and this part says what failed, in the user's language, with "Try again"
 * (which draws it afresh from the store, where the graph and filters are kept).
 */
export class PanelBoundary extends Component<Props, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Left in the console for a bug report; the page shows the short message.
    console.error(`[${this.props.part}]`, error, info.componentStack);
  }

  private retry = () => {
    disarmCrash(this.props.part);
    this.setState({ error: null });
  };

  render() {
    if (this.state.error) return <CrashNotice part={this.props.part} error={this.state.error} onRetry={this.retry} />;
    return (
      <>
        <CrashProbe part={this.props.part} />
        {this.props.children}
      </>
    );
  }
}

function CrashProbe({ part }: { part: CrashPart }) {
  throwIfCrashForced(part);
  return null;
}

function CrashNotice({ part, error, onRetry }: { part: CrashPart; error: Error; onRetry: () => void }) {
  const t = useT();
  const download = error instanceof ChunkLoadError;
  return (
    <div className="load-error crash-notice" role="alert" data-part={part}>
      <h2>{t(download ? 'crash.chunkTitle' : 'app.crash')}</h2>
      {!download && <p>{t('crash.failed', { part: t(PART_NAME[part]) })}</p>}
      <p>{t(download ? 'crash.chunk' : 'app.crashHint')}</p>
      <p className="crash-notice__detail">
        {t('crash.detail')}{' '}
        {/* Isolated, so an English message keeps its order inside an Arabic line. */}
        <bdi>
          <code>{error.message}</code>
        </bdi>
      </p>
      <button type="button" onClick={onRetry}>
        {t('app.tryAgain')}
      </button>
    </div>
  );
}
