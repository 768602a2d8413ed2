export { default } from "@kz/eslint-config/base";
