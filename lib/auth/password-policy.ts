// Shared by the client-side form schema and the server: no native code here.
export const MIN_PASSWORD_LENGTH = 12;
