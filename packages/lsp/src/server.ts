#!/usr/bin/env node
// The language server's entry point: a connection over stdio, IPC or a socket (from the command
// line), and the server on it (session/startServer.ts).
import { logUncaughtErrors } from './session/connectionLogger.js';
import { startServer } from './session/startServer.js';
import { languageServer } from './vscodeLanguageServer.js';

const server = startServer(languageServer.createConnection(languageServer.ProposedFeatures.all));
logUncaughtErrors(server.log);
