#!/usr/bin/env node
// The language server's entry point: a connection over stdio, IPC or a socket (from the command
// line), and the server on it (session/startServer.ts).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { logUncaughtErrors } from './session/connectionLogger.js';
import { startServer } from './session/startServer.js';

const server = startServer(createConnection(ProposedFeatures.all));
logUncaughtErrors(server.log);
