export { default } from "@kz/ui/postcss";
