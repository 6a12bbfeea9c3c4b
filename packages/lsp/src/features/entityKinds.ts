import type { EntityType } from '@dossier/corpus/query';
import { CompletionItemKind, SymbolKind } from '../vscodeLanguageServer.js';

/** Icons by entity type: the closest shapes LSP offers, the same in completion and symbol lists. */
export const COMPLETION_KIND: Record<EntityType, CompletionItemKind> = {
  person: CompletionItemKind.Reference,
  organization: CompletionItemKind.Module,
  place: CompletionItemKind.Folder,
  vessel: CompletionItemKind.Struct,
  product: CompletionItemKind.Class,
  programme: CompletionItemKind.Function,
  event: CompletionItemKind.Event,
  other: CompletionItemKind.Constant,
};

export const SYMBOL_KIND: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Namespace,
  place: SymbolKind.Package,
  vessel: SymbolKind.Struct,
  product: SymbolKind.Class,
  programme: SymbolKind.Function,
  event: SymbolKind.Event,
  other: SymbolKind.Constant,
};
