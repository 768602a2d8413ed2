export { cn } from "./cn";
export { formatEventDate, type DatePrecision } from "./format";
export { Alert, Badge, Button, Card, Container, Field, Input, PageHeading } from "./components";
export { EventCard, type EventCardProps } from "./event-card";
