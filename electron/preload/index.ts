import { contextBridge } from 'electron';
import { createDesktopApi } from './desktop-api';

// Runs sandboxed with context isolation: only this named, typed object reaches the page.
contextBridge.exposeInMainWorld('orderDesk', createDesktopApi());
