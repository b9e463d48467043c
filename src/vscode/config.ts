import * as vscode from 'vscode';
import { z } from 'zod';
import { FINDING_KINDS, SEVERITIES } from '../core';
import type { LensConfig } from '../core';

/** Section of the extension's settings. */
export const SETTINGS_SECTION = 'articleLens';

// Each field falls back on its own, so one bad value does not reset the others.
const settingsSchema = z.object({
  enable: z.boolean().catch(true),
  highlight: z
    .object({
      entities: z.boolean().catch(true),
      figures: z.boolean().catch(true),
      quotes: z.boolean().catch(true),
    })
    .catch({ entities: true, figures: true, quotes: true }),
  hover: z.object({ enable: z.boolean().catch(true) }).catch({ enable: true }),
  severity: z.partialRecord(z.enum(FINDING_KINDS), z.enum([...SEVERITIES, 'off'])).catch({}),
  maxFileSizeKB: z.number().int().min(1).max(2048).catch(512),
});

/** Validated editor settings of Article Lens. */
export type LensSettings = z.infer<typeof settingsSchema>;

/** Reads and validates the settings, for a folder when given (severity and size limit are per folder). */
export function readSettings(scope?: vscode.Uri): LensSettings {
  const c = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  return settingsSchema.parse({
    enable: c.get('enable'),
    highlight: {
      entities: c.get('highlight.entities'),
      figures: c.get('highlight.figures'),
      quotes: c.get('highlight.quotes'),
    },
    hover: { enable: c.get('hover.enable') },
    severity: c.get('severity'),
    maxFileSizeKB: c.get('maxFileSizeKB'),
  });
}

/**
 * The folder's `.articlelens.json` with the user's severity settings laid over it: the file is shared
 * with colleagues, the setting is how this reader wants to see findings.
 */
export function withSettings(config: LensConfig, settings: LensSettings): LensConfig {
  return { ...config, severity: { ...config.severity, ...settings.severity } };
}
