export type PreviewDevice = 'desktop' | 'phone';

/** The window widths the preview renders at: antd's grid follows the window, so the frame's window has this width. */
export const DEVICE_WIDTH: Record<PreviewDevice, number> = { desktop: 1280, phone: 390 };
const PHONE_HEIGHT = 844;

export type Size = { width: number; height: number };
export type FrameBox = Size & { scale: number };

/**
 * The frame's own window size and the factor it is shrunk by to fit the stage. The window keeps
 * the device's width whatever the stage, so the layout is the device's; only the picture shrinks.
 */
export function frameBox(device: PreviewDevice, stage: Size): FrameBox {
  const width = DEVICE_WIDTH[device];
  const scale = stage.width > 0 ? Math.min(1, stage.width / width) : 1;
  const shownHeight = device === 'phone' ? Math.min(PHONE_HEIGHT, stage.height) : stage.height;
  return { width, height: Math.max(0, Math.floor(shownHeight / scale)), scale };
}
