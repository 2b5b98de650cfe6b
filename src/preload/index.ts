// The preload exposes exactly the bridge contract (src/shared/api.ts) on window.glosa, nothing else:
// each method becomes one invoke on its own channel, and main checks sender and arguments.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { API_METHODS, DROP_CHANNEL, EVENT_CHANNEL, IPC_PREFIX, type AppEvent, type GlosaBridge } from '../shared/api';

const calls = Object.fromEntries(
  API_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(IPC_PREFIX + method, ...args)]),
);

const bridge: GlosaBridge = {
  ...(calls as unknown as Omit<GlosaBridge, 'onEvent' | 'openDroppedFile'>),
  onEvent(listener) {
    const wrapped = (_event: IpcRendererEvent, payload: AppEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  },
  // The page hands over a File, never a path: only a File the user dropped (or picked) has one, so page
  // script cannot name a file for main to read through this call.
  async openDroppedFile(file) {
    let path = '';
    try {
      path = webUtils.getPathForFile(file);
    } catch {
      return null;
    }
    return path ? ipcRenderer.invoke(DROP_CHANNEL, path) : null;
  },
};

contextBridge.exposeInMainWorld('glosa', bridge);
