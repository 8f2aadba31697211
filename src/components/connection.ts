import { createContext } from 'react';

/**
 * Whether the browser is online, provided by the app shell: links that leave the app say they
 * need a connection when it is missing.
 */
export const OnlineContext = createContext(true);
