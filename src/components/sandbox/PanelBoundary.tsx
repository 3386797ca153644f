/**
 * Keeps a failing panel from taking the sandbox with it: if the output or
 * network panel throws while rendering, it is replaced by a short message,
 * and the toolbar and editor (outside the boundary) keep working. The island
 * gives the boundary a new `key` on every Run, so the next run starts clean.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  message: (error: string) => string;
  children: ReactNode;
}

export class PanelBoundary extends Component<Props, { error?: string }> {
  override state: { error?: string } = {};

  static getDerivedStateFromError(error: unknown): { error: string } {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <p className="sandbox-note sandbox-note-error" role="alert" data-status="panel-failed">
        {this.props.message(this.state.error)}
      </p>
    );
  }
}
