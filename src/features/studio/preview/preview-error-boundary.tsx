'use client';

import { Result } from 'antd';
import { Component, type ReactNode } from 'react';

type Props = { title: string; hint: string; children: ReactNode };

/**
 * A draft can hold a field that is not finished yet; if the runtime form cannot render it, the
 * preview says so instead of going blank. Remounted (by key) with every new document.
 */
export class PreviewErrorBoundary extends Component<Props, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <Result status="warning" title={this.props.title} subTitle={`${this.props.hint} (${error.message})`} data-testid="studio-preview-failed" />;
  }
}
