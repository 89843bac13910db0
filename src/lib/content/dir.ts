/**
 * Where the content is: src/content, or the folder CONTENT_DIR names (a fixture region in the
 * tests, a broken copy in the content-error tests). Everything that reads content asks here.
 */
export function contentDir(): string {
  return process.env.CONTENT_DIR ?? './src/content';
}
