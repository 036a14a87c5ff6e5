'use client';

import { Alert, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { toApiError, type ApiError } from '@/features/runtime/api-client';
import { loadDraft, type StudioDraft } from './studio-api';
import { StudioWorkspace } from './studio-workspace';

export function StudioDesigner({ entityKey }: { entityKey: string }) {
  const [draft, setDraft] = useState<StudioDraft | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    let live = true;
    loadDraft(entityKey).then(
      (loaded) => live && setDraft(loaded),
      (failure: unknown) => live && setError(toApiError(failure)),
    );
    return () => {
      live = false;
    };
  }, [entityKey, loads]);

  if (error) return <Alert type="error" showIcon title={error.message} />;
  if (!draft) return <Spin />;
  // Keyed by load: a reload (after publish or restore) starts a fresh history and list of published fields.
  return (
    <StudioWorkspace
      key={loads}
      entityKey={entityKey}
      draft={draft}
      onReload={() => {
        setDraft(null);
        setLoads((n) => n + 1);
      }}
    />
  );
}
