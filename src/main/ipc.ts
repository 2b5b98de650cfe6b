// Binds the bridge contract to ipcMain: one channel per method, sender and arguments checked first.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, IPC_PREFIX, type GlosaApi } from '../shared/api';
import { validArguments } from './ipc-validate';
import { isTrustedSender } from './lockdown';

export function registerIpc(handlers: GlosaApi): void {
  for (const method of API_METHODS) {
    ipcMain.handle(IPC_PREFIX + method, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame?.url, event.sender.id, BrowserWindow.getAllWindows())) {
        throw new Error(`rejected ${method}: not from a Glosa window`);
      }
      if (!validArguments(method, args)) throw new Error(`rejected ${method}: arguments do not fit its signature`);
      const handler = handlers[method] as (...a: unknown[]) => Promise<unknown>;
      return handler(...args);
    });
  }
}
