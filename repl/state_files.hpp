// Files the `attune` executable writes for the user: the chat history and saved
// conversations. Both hold what a person said about their relationship, so they
// are private to their owner (mode 0600, folders 0700) whatever the umask.
#ifndef ATTUNE_REPL_STATE_FILES_HPP_
#define ATTUNE_REPL_STATE_FILES_HPP_

#include <cstddef>
#include <string>
#include <string_view>

#include "attune/status.hpp"

namespace attune::cli {

// Where the chat history lives: $XDG_STATE_HOME/attune/history, or, when
// XDG_STATE_HOME is unset, empty or relative (the XDG spec says to ignore it
// then), ~/.local/state/attune/history. Empty when neither gives an absolute
// folder. Pass getenv's results (nullptr when unset).
std::string HistoryPath(const char* xdg_state_home, const char* home);

// Makes `path` ready for appending history: creates missing folders with mode
// 0700 and the file with mode 0600, and takes group and other permissions off
// an existing file. Existing folders are left as they are. On failure, the
// message names the path and the reason.
Status PrepareHistoryFile(const std::string& path);

// Replaces `path` with `contents` all at once: writes a temporary file beside
// it (mode 0600), syncs it and renames it over `path`, so `path` holds either
// the old or the new contents even if attune is killed mid-way. The result has
// mode 0600.
Status WriteFileAtomically(const std::string& path, std::string_view contents);

// Reads a regular file of at most `max_bytes` into `contents`.
Status ReadSmallFile(const std::string& path, size_t max_bytes,
                     std::string* contents);

// "~/x" → "$HOME/x" (when home is set); any other path is returned as it is.
std::string ExpandHome(std::string_view path, const char* home);

}  // namespace attune::cli

#endif  // ATTUNE_REPL_STATE_FILES_HPP_
