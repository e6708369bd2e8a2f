/** Stylesheets imported for their side effect (Vite bundles them). */
declare module '*.css';
/** crxjs: the built file name of a script for scripting.executeScript (src/picker/script.ts). */
declare module '*?script' {
  const path: string;
  export default path;
}
