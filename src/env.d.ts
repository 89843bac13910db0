declare module '*.geojson?raw' {
  const content: string;
  export default content;
}

/** The XLIFF 1.2 reader and writer of the `xliff` package (it ships no types): what goes in is built here, what comes out is checked where it is read. */
declare module 'xliff/jsToXliff12' {
  export default function jsToXliff12(js: unknown, options?: { indent?: string }): Promise<string>;
}
declare module 'xliff/xliff12ToJs' {
  export default function xliff12ToJs(xml: string): Promise<unknown>;
}
