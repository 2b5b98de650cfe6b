// The preload exposes exactly the bridge contract (src/shared/api.ts) on window.glosa, nothing else:
// each method becomes one invoke on its own channel, and main checks sender and arguments.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { API_METHODS, EVENT_CHANNEL, IPC_PREFIX, type AppEvent, type GlosaBridge } from '../shared/api';

const calls = Object.fromEntries(
  API_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(IPC_PREFIX + method, ...args)]),
);

const bridge: GlosaBridge = {
  ...(calls as unknown as Omit<GlosaBridge, 'onEvent' | 'pathForFile'>),
  onEvent(listener) {
    const wrapped = (_event: IpcRendererEvent, payload: AppEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  },
  pathForFile(file) {
    try {
      return webUtils.getPathForFile(file) || null;
    } catch {
      return null;
    }
  },
};

contextBridge.exposeInMainWorld('glosa', bridge);
