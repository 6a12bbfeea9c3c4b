// Quick-pick rows for "Dossier: Show Entity…". VS Code-free: the fields are
// those of vscode.QuickPickItem, so commands.ts can hand these to
// window.createQuickPick unchanged.
import type { EntitySummary } from './protocol';
import { entityTypeInfo, entityTypeRank } from './entityTypes';
import { mentionCounts, truncate } from './text';

export interface EntityPickItem {
  /** "$(person) Kim Yo Jong": the codicon is rendered as an icon. */
  label: string;
  /** Type and aliases; the quick pick also matches on it, so an alias finds the entity. */
  description: string;
  /** "12 mentions · 3 articles — senior official of the Workers' Party". */
  detail: string;
  entityId: string;
}

export function entityPickItem(entity: EntitySummary): EntityPickItem {
  const info = entityTypeInfo(entity.type);
  const aliases = entity.aliases.length ? ` · ${truncate(entity.aliases.join(', '), 60)}` : '';
  const about = entity.description ? ` — ${truncate(entity.description, 80)}` : '';
  return {
    label: `$(${info.icon}) ${entity.name}`,
    description: `${info.singular}${aliases}`,
    detail: `${mentionCounts(entity.mentionCount, entity.articleCount)}${about}`,
    entityId: entity.id,
  };
}

/** Most-mentioned first (the server's order may differ), types in display order on ties. */
export function entityPickItems(entities: readonly EntitySummary[]): EntityPickItem[] {
  return [...entities]
    .sort(
      (a, b) =>
        b.mentionCount - a.mentionCount ||
        entityTypeRank(a.type) - entityTypeRank(b.type) ||
        a.name.localeCompare(b.name),
    )
    .map(entityPickItem);
}
