import type { Routes } from '@angular/router';
import { BoardPage } from './board-page';
import { provideBoardState } from './data-access/provide-board-state';

/**
 * Mounted at `/board` by the app, behind `roleGuard(['supervisor'])`; the board state and
 * the stream's effects live on this route.
 */
export const boardRoutes: Routes = [
  {
    path: '',
    providers: [provideBoardState()],
    children: [
      { path: '', component: BoardPage, title: 'Live board · Casebook' },
    ],
  },
];
