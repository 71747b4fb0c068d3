// Types of rewriteBase.cjs (plain CommonJS so webpack.config.js and npm start can load it unbuilt).
export declare const DEV_BASE_URL: "https://localhost:3000";
export declare function parseBaseUrl(raw: string, source: string): string;
export declare function rewriteBaseUrl(text: string, fileName: string, target: string): string;
