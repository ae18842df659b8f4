import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.service';

/** What a stored object measured on its way in: its exact size and SHA-256 (hex). */
export interface StoredObject {
  key: string;
  sizeBytes: number;
  sha256: string;
}

/** Thrown by a `put` stream that went over its limit; nothing is kept. */
export class ObjectTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`object larger than ${limitBytes} bytes`);
  }
}

/**
 * Where files live: uploaded attachments and generated documents. Keys are opaque, made by the
 * caller from ids (`applications/<id>/<uuid>`), never from user input. The local-disk implementation
 * below is the default; another backend (S3) implements the same three verbs.
 */
export abstract class FileStorage {
  /** Stores the bytes under `key`, measuring size and hash; over `maxBytes` nothing is kept. */
  abstract put(key: string, content: Readable | Buffer, maxBytes?: number): Promise<StoredObject>;
  abstract read(key: string): Promise<Readable>;
  abstract readBuffer(key: string): Promise<Buffer>;
  /** Deleting a missing object is not an error. */
  abstract delete(key: string): Promise<void>;
  abstract exists(key: string): Promise<boolean>;
}

const KEY_PATTERN = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9._-]*)*$/i;

/** Files under STORAGE_DIR; a write goes to a temporary name and is renamed when complete. */
@Injectable()
export class LocalFileStorage extends FileStorage {
  private readonly root: string;

  constructor(config: AppConfig) {
    super();
    this.root = resolve(config.get('STORAGE_DIR'));
  }

  /** A new, unguessable key under `prefix`. */
  static newKey(prefix: string): string {
    return `${prefix}/${randomUUID()}`;
  }

  async put(key: string, content: Readable | Buffer, maxBytes = Number.MAX_SAFE_INTEGER): Promise<StoredObject> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const partial = `${path}.${randomUUID()}.part`;
    const hash = createHash('sha256');
    let sizeBytes = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        sizeBytes += chunk.length;
        if (sizeBytes > maxBytes) return done(new ObjectTooLargeError(maxBytes));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      const source = Buffer.isBuffer(content) ? [content] : content;
      await pipeline(source, meter, createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return { key, sizeBytes, sha256: hash.digest('hex') };
  }

  async read(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path); // fails with ENOENT before a stream is handed out
    return createReadStream(path);
  }

  readBuffer(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    return stat(this.pathOf(key)).then(
      () => true,
      () => false,
    );
  }

  private pathOf(key: string): string {
    if (!KEY_PATTERN.test(key) || key.split('/').some((part) => part === '..' || part === '.')) {
      throw new Error(`invalid storage key "${key}"`);
    }
    const path = join(this.root, ...key.split('/'));
    if (!path.startsWith(this.root + sep)) throw new Error(`invalid storage key "${key}"`);
    return path;
  }
}
