export { boardRoutes } from './lib/board.routes';
export { BoardPage, arrivalAnnouncement } from './lib/board-page';
export {
  BoardPageActions,
  BoardStreamActions,
} from './lib/data-access/board.actions';
export {
  boardFeature,
  initialBoardState,
  type BoardConnection,
  type BoardState,
} from './lib/data-access/board.feature';
export { provideBoardState } from './lib/data-access/provide-board-state';
export {
  BoardStream,
  BoardStreamError,
  type BoardStreamEvent,
} from './lib/data-access/board-stream';
export { boardConnection } from './lib/data-access/board-connection';
export {
  reconnectDelayMs,
  MAX_RECONNECT_DELAY_MS,
} from './lib/data-access/backoff';
export { SseParser, type SseEvent } from './lib/data-access/sse-parser';
