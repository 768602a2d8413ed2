// Ports of their own, so the tests can run while `npm start` serves 3000/3001.
export const WEB_PORT = 3200;
export const ADMIN_PORT = 3201;
export const WEB_URL = `http://localhost:${WEB_PORT}`;
export const ADMIN_URL = `http://localhost:${ADMIN_PORT}`;
