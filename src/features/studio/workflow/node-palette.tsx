'use client';

import { Button, Flex, Tooltip, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { PALETTE_MIME } from './workflow-canvas';
import { NODE_COLORS, NODE_ICONS } from './node-icons';
import { PALETTE_KINDS, type PaletteKind } from './node-defaults';

type Props = {
  disabled: boolean;
  /** A connection is selected: single-exit kinds go onto it instead of beside the graph. */
  edgeSelected: boolean;
  onAdd: (kind: PaletteKind) => void;
};

const INSERTABLE = new Set<PaletteKind>(['approval', 'action', 'timer', 'cc', 'parallel_join']);

/** Node kinds to drag onto the canvas, or to click (Enter/Space) to add; buttons keep it keyboard-usable. */
export function NodePalette({ disabled, edgeSelected, onAdd }: Props) {
  const t = useTranslations('workflows');
  return (
    <Flex vertical gap={6} data-testid="wf-palette" role="toolbar" aria-orientation="vertical" aria-label={t('palette.title')}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('palette.title')}
      </Typography.Title>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {edgeSelected ? t('palette.hintInsert') : t('palette.hint')}
      </Typography.Text>
      {PALETTE_KINDS.map((kind) => (
        <Tooltip key={kind} title={t(`kindHelp.${kind}`)} placement="right">
          <Button
            block
            disabled={disabled}
            icon={<span style={{ color: NODE_COLORS[kind] }}>{NODE_ICONS[kind]}</span>}
            style={{ justifyContent: 'flex-start', cursor: disabled ? undefined : 'grab' }}
            draggable={!disabled}
            onDragStart={(event) => {
              event.dataTransfer.setData(PALETTE_MIME, kind);
              event.dataTransfer.effectAllowed = 'copy';
            }}
            onClick={() => onAdd(kind)}
            data-testid={`wf-palette-${kind}`}
            aria-label={edgeSelected && INSERTABLE.has(kind) ? t('palette.insert', { kind: t(`kinds.${kind}`) }) : t('palette.add', { kind: t(`kinds.${kind}`) })}
          >
            {t(`kinds.${kind}`)}
          </Button>
        </Tooltip>
      ))}
    </Flex>
  );
}
