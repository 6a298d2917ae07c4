import { z } from 'zod';
import { storableText } from './text';

export const apiKeySchema = z.object({ name: storableText('Name', { min: 1, max: 100, singleLine: true }) });

export const apiKeyIdSchema = z.coerce.number().int().positive();
