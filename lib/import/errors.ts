/** A file the importer refuses, with a message naming the problem; nothing has been written when it is thrown. */
export class ImportRefusal extends Error {
  override name = 'ImportRefusal';
}
