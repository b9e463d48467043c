import * as vscode from 'vscode';
import {
  entitiesOfArticle,
  entityKey,
  firstMentionsElsewhere,
  itemAt,
  mentionsOf,
  searchEntities,
  sourceName,
} from '../core';
import type { EntityType, Mention, StoryAnalysis } from '../core';
import type { StoryManager } from './storyManager';
import type { ExtensionLog } from './log';
import { describeError } from './log';

const SYMBOL_KIND: Record<EntityType, vscode.SymbolKind> = {
  PERSON: vscode.SymbolKind.Variable,
  ORG: vscode.SymbolKind.Class,
  GPE: vscode.SymbolKind.Namespace,
  LOC: vscode.SymbolKind.Namespace,
  FAC: vscode.SymbolKind.Namespace,
  NORP: vscode.SymbolKind.Enum,
  EVENT: vscode.SymbolKind.Event,
  LAW: vscode.SymbolKind.Interface,
  PRODUCT: vscode.SymbolKind.Object,
  OTHER: vscode.SymbolKind.Constant,
};

/**
 * Navigation between the sources of a story: every mention of an entity (references), its first
 * mention in the other sources (definition), the entities of an article (outline) and of the whole
 * workspace (symbol search).
 */
export class LensNavigationProvider
  implements
    vscode.ReferenceProvider,
    vscode.DefinitionProvider,
    vscode.DocumentSymbolProvider,
    vscode.WorkspaceSymbolProvider
{
  constructor(
    private readonly manager: StoryManager,
    private readonly log: ExtensionLog,
  ) {}

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    _context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[] | undefined> {
    return this.guard('references', async () => {
      const key = await this.entityAt(document, position, token);
      if (!key) return undefined;
      return mentionsOf(key.analysis, key.key).map((m) => this.manager.converter.location(m.uri, m.mention));
    });
  }

  async provideDefinition(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[] | undefined> {
    return this.guard('definition', async () => {
      const key = await this.entityAt(document, position, token);
      if (!key) return undefined;
      return firstMentionsElsewhere(key.analysis, key.key, document.uri.toString()).map((m) =>
        this.manager.converter.location(m.uri, m.mention),
      );
    });
  }

  async provideDocumentSymbols(
    document: vscode.TextDocument,
    token: vscode.CancellationToken,
  ): Promise<vscode.DocumentSymbol[] | undefined> {
    return this.guard('outline', async () => {
      const found = await this.manager.analysisFor(document, token);
      if (!found || token.isCancellationRequested) return undefined;
      const uri = document.uri.toString();
      const range = (m: Mention): vscode.Range => this.manager.converter.range(uri, m);
      return entitiesOfArticle(found.analysis, uri).map(({ entity, mentions }) => {
        const first = mentions[0];
        const name = entity?.name ?? first.text;
        const detail = `${mentions.length} mention${mentions.length === 1 ? '' : 's'}`;
        const symbol = new vscode.DocumentSymbol(
          name,
          detail,
          SYMBOL_KIND[entity?.type ?? first.type],
          range(first),
          range(first),
        );
        symbol.children = mentions
          .slice(1)
          .map(
            (m) =>
              new vscode.DocumentSymbol(m.text, m.title ?? '', vscode.SymbolKind.Field, range(m), range(m)),
          );
        return symbol;
      });
    });
  }

  async provideWorkspaceSymbols(
    query: string,
    token: vscode.CancellationToken,
  ): Promise<vscode.SymbolInformation[] | undefined> {
    return this.guard('workspace symbols', async () => {
      const out: vscode.SymbolInformation[] = [];
      for (const story of this.manager.allStories()) {
        if (token.isCancellationRequested) return undefined;
        const analysis = story.analysis;
        if (!analysis) continue;
        for (const entity of searchEntities(analysis, query)) {
          const first = mentionsOf(analysis, entity.id)[0];
          if (!first) continue;
          const source = sourceName(
            analysis.articles.find((a) => a.uri === first.uri) ?? { uri: first.uri, title: null },
          );
          const location = this.manager.converter.location(first.uri, first.mention);
          out.push(
            new vscode.SymbolInformation(
              entity.name,
              SYMBOL_KIND[entity.type],
              `${story.label} · ${source}`,
              location,
            ),
          );
        }
      }
      return out;
    });
  }

  private async entityAt(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<{ analysis: StoryAnalysis; key: string } | undefined> {
    const found = await this.manager.analysisFor(document, token);
    if (!found || token.isCancellationRequested) return undefined;
    const offset = this.manager.converter.offsetAt(document, position);
    const item = itemAt(found.analysis, document.uri.toString(), offset);
    return item?.kind === 'mention' ? { analysis: found.analysis, key: entityKey(item.mention) } : undefined;
  }

  private async guard<T>(what: string, run: () => Promise<T | undefined>): Promise<T | undefined> {
    try {
      return await run();
    } catch (e) {
      this.log.error(`${what} failed: ${describeError(e)}`);
      return undefined;
    }
  }
}
