// Stage: corpus (schema). The tables of a corpus database; use
// attune::corpus::Reader instead.
#ifndef ATTUNE_CORPUS_SCHEMA_HPP_
#define ATTUNE_CORPUS_SCHEMA_HPP_

#include <sqlite3.h>

#include <string_view>

#include "attune/status.hpp"

namespace attune::corpus {

// Stored in meta(key='format'); a database with another value is refused.
inline constexpr std::string_view kFormat = "attune-corpus 1";

// BM25 column weights of passages_fts (heading, body, tags): a word in the
// heading counts more than one in the body; tags count least, so they steer
// without drowning the text.
inline constexpr double kHeadingWeight = 4.0;
inline constexpr double kBodyWeight = 1.0;
inline constexpr double kTagsWeight = 0.5;

// Creates the tables in an empty database.
Status CreateSchema(sqlite3* db);

// OK when db is an attune corpus of this format; `name` names it in the
// message.
Status CheckSchema(sqlite3* db, std::string_view name);

// OK when `path` names an existing regular file (or a link to one). SQLite
// would say only "unable to open database file" for a missing path or a
// folder; this names the problem.
Status CheckDatabaseFile(const std::string& path);

}  // namespace attune::corpus

#endif  // ATTUNE_CORPUS_SCHEMA_HPP_
