// `attune search`: keyword search of the corpus, as text for people or JSON for
// programs.
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <iostream>

#include "command.hpp"
#include "reader.hpp"
#include "terminal.hpp"
#include "text_util.hpp"

namespace attune::cli {
namespace {

struct SearchArgs {
  SearchOptions options;
  bool json = false;
  std::vector<std::string> query;
};

// Bold only for a terminal that can show it and a user who has not opted out.
bool UseBold() {
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0') &&
         term != nullptr && std::strcmp(term, "dumb") != 0;
}

// The snippet made printable; with bold, its "**" markers become bold on and
// off.
std::string Highlight(const std::string& snippet, bool bold) {
  std::string text = SanitizeForTerminal(snippet);
  if (!bold) return text;
  std::string out;
  bool on = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "**") == 0) {
      out += on ? "\033[0m" : "\033[1m";
      on = !on;
      ++i;
    } else {
      out += text[i];
    }
  }
  return on ? out + "\033[0m" : out;
}

void PrintHits(const SearchResult& result) {
  bool bold = UseBold();
  if (!result.fallback_note.empty())
    std::cout << "note: " << result.fallback_note << "\n\n";
  for (const SearchHit& hit : result.hits) {
    std::printf("%s \xe2\x80\xba %s  [%s #%d]  score %.2f\n  %s\n\n",
                SanitizeForTerminal(hit.title).c_str(),
                SanitizeForTerminal(hit.section).c_str(),
                SanitizeForTerminal(hit.doc).c_str(), hit.passage, hit.score,
                Highlight(hit.snippet, bold).c_str());
  }
  std::fflush(stdout);
}

void PrintNothing(const std::string& query, const SearchResult& result,
                  std::ostream& out) {
  out << "no passage matches \"" << SanitizeForTerminal(query) << "\"\n";
  if (result.suggestions.empty()) return;
  out << "corpus words close to it:";
  for (const std::string& word : result.suggestions) {
    out << " " << SanitizeForTerminal(word);
  }
  out << "\n";
}

int RunSearch(const SearchArgs& args, const GlobalOptions& global) {
  std::unique_ptr<corpus::Reader> reader;
  Status status = global.corpus_path.empty()
                      ? corpus::Reader::OpenEmbedded(&reader)
                      : corpus::Reader::OpenFile(global.corpus_path, &reader);
  if (!status.ok()) {
    std::cerr << "attune search: " << SanitizeForTerminal(status.message())
              << "\n";
    return kExitDataError;
  }
  std::string query;
  for (const std::string& word : args.query)
    query += (query.empty() ? "" : " ") + word;
  SearchResult result;
  status = reader->Search(query, args.options, &result);
  if (!status.ok()) {
    std::cerr << "attune search: " << SanitizeForTerminal(status.message())
              << "\n";
    bool usage = status.code() == Status::Code::kParseError ||
                 status.code() == Status::Code::kNotFound ||
                 status.code() == Status::Code::kInvalidArgument;
    return usage ? kExitUsage : kExitDataError;
  }
  if (args.json) {
    std::cout << result.ToJson() << "\n";
    if (!result.fallback_note.empty())
      std::cerr << "note: " << result.fallback_note << "\n";
    if (result.hits.empty()) PrintNothing(query, result, std::cerr);
  } else if (!result.hits.empty()) {
    PrintHits(result);
  } else {
    PrintNothing(query, result, std::cout);
  }
  return result.hits.empty() ? kExitNoResults : kExitOk;
}

}  // namespace

std::function<int()> SetupSearch(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<SearchArgs>();
  app.add_option("--limit", args->options.limit,
                 "show at most N hits (default 10)")
      ->check(CLI::Range(1, 1000));
  app.add_option("--doc", args->options.doc,
                 "only this document id (see `attune corpus list`)");
  app.add_option("--tag", args->options.tag,
                 "only sections with this tag, e.g. anxious, post-sex");
  app.add_flag("--json", args->json, "print one JSON array of hits");
  app.add_flag("--fts", args->options.fts_syntax,
               "pass the query to SQLite FTS5 as syntax");
  app.add_option("QUERY", args->query, "words to search for")
      ->required()
      ->expected(-1);
  app.footer(
      "Exit status: 0 hits found, 1 none, 2 bad command line or --fts syntax, "
      "3 unusable "
      "corpus.");
  return [args, &global] { return RunSearch(*args, global); };
}

}  // namespace attune::cli
