// Binds the bridge contract to ipcMain: one channel per method, sender and arguments checked first, and the
// preload's drop channel, which is not part of the contract the page sees.
import { isAbsolute } from 'node:path';
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, DROP_CHANNEL, IPC_PREFIX } from '../shared/api';
import type { MainHandlers } from '../node/handlers';
import { validArguments } from './ipc-validate';
import { isTrustedSender } from './lockdown';

function checkSender(event: IpcMainInvokeEvent, what: string): void {
  if (!isTrustedSender(event.senderFrame?.url, event.sender.id, BrowserWindow.getAllWindows())) {
    throw new Error(`rejected ${what}: not from a Glosa window`);
  }
}

export function registerIpc(handlers: MainHandlers): void {
  for (const method of API_METHODS) {
    ipcMain.handle(IPC_PREFIX + method, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      checkSender(event, method);
      if (!validArguments(method, args)) throw new Error(`rejected ${method}: arguments do not fit its signature`);
      const handler = handlers[method] as (...a: unknown[]) => Promise<unknown>;
      return handler(...args);
    });
  }
  ipcMain.handle(DROP_CHANNEL, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
    checkSender(event, 'drop');
    const [path] = args;
    if (args.length !== 1 || typeof path !== 'string' || path.length > 4096 || !isAbsolute(path)) {
      throw new Error('rejected drop: not one absolute path');
    }
    return handlers.openDropped(path);
  });
}
