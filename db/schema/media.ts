import { customType, index, integer, pgTable, primaryKey, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { users } from './users';

/** Raw bytes; postgres.js reads and writes them as Buffers. */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType() {
    return 'bytea';
  },
});

/** One uploaded image. Its public files live in media_files, addressed by `hash`. */
export const media = pgTable(
  'media',
  {
    id: serial('id').primaryKey(),
    /** Hex SHA-256 of the uploaded bytes (first 32 digits): the image's address, /media/<hash>/… */
    hash: text('hash').notNull(),
    fileName: text('file_name').notNull(),
    /** What the magic bytes said: jpeg, png, webp, avif or gif. */
    format: text('format').notNull(),
    /** Of the upright picture, after the EXIF orientation is applied. */
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    /** Size of the upload as received. */
    byteSize: integer('byte_size').notNull(),
    altText: text('alt_text').notNull().default(''),
    caption: text('caption').notNull().default(''),
    uploaderId: integer('uploader_id').references(() => users.id, { onDelete: 'set null' }),
    /** The upload as received, metadata and all: kept to re-make variants, never served. */
    original: bytea('original').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('media_hash_idx').on(t.hash), index('media_uploader_idx').on(t.uploaderId, t.createdAt.desc()), index('media_created_idx').on(t.createdAt.desc())],
);

/** The files readers get: each width in AVIF, WebP and a JPEG/PNG/GIF fallback, and the 1200×630 social crop. */
export const mediaFiles = pgTable(
  'media_files',
  {
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    /** The last part of the URL, e.g. `960.avif`, `og.jpg`. */
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.mediaId, t.name] })],
);
