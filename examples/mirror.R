#!/usr/bin/env Rscript
# Mirror the public record of the Kazakhstan Human Rights Monitor through its REST changes feed,
# as examples/mirror.py does: the first run reads the feed from the start, later runs only what
# changed since the cursor saved in the mirror file. Needs the jsonlite package
# (install.packages("jsonlite")); base R does the rest.
#
#   API_URL=http://localhost:3000 MIRROR_FILE=mirror.json Rscript examples/mirror.R
library(jsonlite)

api_url <- sub("/+$", "", Sys.getenv("API_URL", "http://localhost:3000"))
mirror_file <- Sys.getenv("MIRROR_FILE", "mirror-r.json")

# GET a REST path as parsed JSON; NULL on 404. Rate limits: waits Retry-After on 429 (or 60 s).
get_json <- function(path, params = list()) {
  query <- if (length(params)) {
    paste0("?", paste(names(params), vapply(params, function(v) URLencode(as.character(v), reserved = TRUE), ""), sep = "=", collapse = "&"))
  } else ""
  url <- paste0(api_url, path, query)
  for (attempt in 1:6) {
    result <- tryCatch(
      fromJSON(url, simplifyVector = FALSE),
      error = function(e) e
    )
    if (!inherits(result, "error")) return(result)
    message <- conditionMessage(result)
    if (grepl("404", message)) return(NULL)
    if (grepl("429|503", message) && attempt < 6) { Sys.sleep(60); next }
    stop(sprintf("GET %s failed: %s", url, message))
  }
}

# The REST path of each procedure, from /api/v1 itself: a new kind of record needs no change here.
index <- get_json("/api/v1")
paths <- setNames(
  vapply(index$endpoints, function(e) e$path, ""),
  vapply(index$endpoints, function(e) e$procedure, "")
)

state <- if (file.exists(mirror_file)) {
  fromJSON(mirror_file, simplifyVector = FALSE)
} else {
  list(cursor = "0", records = list(), ratings = list())
}

# Read the feed to its end, keeping the last change of each record.
latest <- list()
cursor <- state$cursor
changes <- 0
repeat {
  page <- get_json(paths[["changes.since"]], list(cursor = cursor, limit = 500))
  for (item in page$items) {
    key <- paste(item$entityType, item$id, sep = ":")
    latest[[key]] <- NULL
    latest[[key]] <- item
  }
  changes <- changes + length(page$items)
  cursor <- page$nextCursor
  if (!isTRUE(page$hasMore)) break
}

fetched <- 0
removed <- 0
series <- character()
for (item in latest) {
  kind <- item$entityType
  if (kind == "rating") {
    # A rating's slug is "<series slug>-<year>": ratings are read a series at a time.
    series <- union(series, sub("-[0-9]+$", "", item$slug))
    next
  }
  if (is.null(state$records[[kind]])) state$records[[kind]] <- list()
  if (item$change %in% c("unpublished", "deleted")) {
    if (!is.null(state$records[[kind]][[item$id]])) removed <- removed + 1
    state$records[[kind]][[item$id]] <- NULL
    next
  }
  path <- sub("{slug}", URLencode(item$slug, reserved = TRUE), paths[[paste0(kind, ".bySlug")]], fixed = TRUE)
  record <- get_json(path)
  state$records[[kind]][[item$id]] <- record # NULL (gone again since) removes it
  if (!is.null(record)) fetched <- fetched + 1
}
for (slug in series) {
  ratings <- get_json(paths[["rating.list"]], list(series = slug))
  state$ratings[[slug]] <- if (!is.null(ratings) && length(ratings$items)) ratings else NULL
  fetched <- fetched + 1
}

# The cursor moves only once everything is applied: a failed run can simply be run again.
state$cursor <- cursor
write_json(state, mirror_file, auto_unbox = TRUE, null = "null", pretty = TRUE)
counts <- vapply(state$records, length, 0)
cat(toJSON(list(changes = changes, fetched = fetched, removed = removed, cursor = cursor,
                counts = as.list(counts)), auto_unbox = TRUE), "\n")
