'use client';

import { theme } from 'antd';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { StudioDoc } from '../studio-document';
import { frameBox, type PreviewDevice } from './preview-devices';
import { documentMessage, isReadyMessage } from './preview-message';
import { useElementSize } from './use-element-size';

/** Sends the document to the frame each time it (re)loads and after every change while open. */
function useDocumentSender(frame: RefObject<HTMLIFrameElement | null>, doc: StudioDoc) {
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== frame.current?.contentWindow) return;
      if (isReadyMessage(event.data)) setLoads((n) => n + 1);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [frame]);
  useEffect(() => {
    if (loads > 0) frame.current?.contentWindow?.postMessage(documentMessage(doc), window.location.origin);
  }, [frame, loads, doc]);
}

type Props = { entityKey: string; entityLabel: string; doc: StudioDoc; device: PreviewDevice };

/**
 * One frame for both devices: its window really is the device's width (antd's grid answers to the
 * window's media queries), and is shrunk as a picture when the dialog is narrower than that.
 */
export function PreviewFrame({ entityKey, entityLabel, doc, device }: Props) {
  const t = useTranslations('studio.preview');
  const { token } = theme.useToken();
  const stage = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const box = frameBox(device, useElementSize(stage));
  useDocumentSender(frame, doc);

  return (
    <div ref={stage} style={{ height: 'calc(100vh - 230px)', minHeight: 360, display: 'flex', justifyContent: 'center', overflow: 'hidden', background: token.colorFillQuaternary, borderRadius: token.borderRadiusLG }}>
      <div
        style={{
          flex: 'none',
          width: box.width * box.scale,
          height: box.height * box.scale,
          overflow: 'hidden',
          background: token.colorBgLayout,
          boxShadow: token.boxShadowTertiary,
          borderRadius: device === 'phone' ? 12 : 0,
        }}
      >
        <iframe
          ref={frame}
          src={`/studio/${encodeURIComponent(entityKey)}/preview`}
          title={t('frameTitle', { entity: entityLabel })}
          data-testid="studio-preview-frame"
          data-device={device}
          style={{ display: 'block', border: 0, width: box.width, height: box.height, transform: `scale(${box.scale})`, transformOrigin: '0 0' }}
        />
      </div>
    </div>
  );
}
