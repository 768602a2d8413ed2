export { default } from "@kz/eslint-config/nextjs";
