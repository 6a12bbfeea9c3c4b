#!/usr/bin/env node
// The language server's entry point: a connection over stdio, IPC or a socket (from the command
// line, session/stdioConnection.ts), and the server on it (session/startServer.ts).
import { logUncaughtErrors } from './session/connectionLogger.js';
import { startServer } from './session/startServer.js';
import { serverConnection } from './session/stdioConnection.js';

const server = startServer(serverConnection());
logUncaughtErrors(server.log);
