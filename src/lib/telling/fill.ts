/**
 * A message's {placeholders}, and the message with them filled in. Apart from the messages
 * themselves (messages.ts), so that a script in the browser can fill the messages its page carries
 * without carrying every message of the site.
 */

/** The {placeholders} of a message, in order of first use. */
export function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map(([, name = '']) => name))];
}

/** A message with its placeholders filled in; a missing value is an error in the code, not the content. */
export function fill(message: string, values: Record<string, string> = {}): string {
  return message.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Message "${message}" needs {${name}}`);
    return value;
  });
}
