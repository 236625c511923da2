import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS } from '../src-shared/ipc-channels';

// One function per channel of the contract, and nothing else: the renderer never sees ipcRenderer.
const api = Object.fromEntries(IPC_CHANNELS.map((channel) => [channel, (args: unknown) => ipcRenderer.invoke(channel, args)]));

contextBridge.exposeInMainWorld('api', api);
