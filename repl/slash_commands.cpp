// `attune chat`'s slash commands, dispatched from one table.
#include <cstdio>
#include <string>

#include "chat.hpp"
#include "command.hpp"
#include "state_files.hpp"
#include "terminal.hpp"

namespace attune::cli {
namespace {

constexpr int kSearchHits = 5;

std::string Fixed(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

std::string_view Trim(std::string_view s) {
  size_t first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

std::string Heading(const ChatContext& chat, std::string_view text) {
  return Bold(text, chat.options.color);
}

// "**word**" marks a matched word in a search snippet: bold on a colour
// terminal, else kept.
std::string Emphasize(std::string text, bool color) {
  if (!color) return text;
  std::string out;
  bool open = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "**") == 0) {
      out += open ? "\x1b[0m" : "\x1b[1m";
      open = !open;
      ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return open ? out + "\x1b[0m" : out;
}

std::string EvidenceLine(const Evidence& e) {
  std::string who = e.person == "self"      ? "you"
                    : e.person == "partner" ? "partner"
                                            : e.person;
  return "  turn " + std::to_string(e.turn) + "  " + who + "  " + e.pattern +
         "  +" + Fixed(e.weight) + "  \"" + e.words + "\"  (rule " + e.rule +
         ")\n";
}

void Help(ChatContext& chat, std::string_view) {
  chat.out << Heading(chat, "Commands:") << "\n";
  for (const SlashCommand& command : SlashCommands()) {
    std::string usage =
        std::string(command.name) + (*command.args ? " " : "") + command.args;
    usage.resize(std::max<size_t>(usage.size(), 16), ' ');
    chat.out << "  " << usage << "  " << command.summary << "\n";
  }
  chat.Print(
      "Anything else you type is a turn of the conversation. Lines beginning "
      "with a space are not kept in the history. Ctrl-C clears the line; "
      "Ctrl-D or /quit leaves.\n");
}

void Why(ChatContext& chat, std::string_view) {
  const Reply& last = chat.session.LastReply();
  if (last.rules.empty() && last.evidence.empty()) {
    chat.out << "Nothing to explain yet: /why shows the rules behind attune's "
                "last reply.\n";
    return;
  }
  chat.out << Heading(chat, "Rules that fired:") << "\n";
  for (const std::string& rule : last.rules) chat.Print("  " + rule + "\n");
  chat.out << Heading(chat, "Words that were evidence:") << "\n";
  if (last.evidence.empty()) chat.out << "  none\n";
  for (const Evidence& e : last.evidence) chat.Print(EvidenceLine(e));
}

void Profile(ChatContext& chat, std::string_view) {
  chat.out << Heading(chat, "           secure  anxious  avoidant  fearful")
           << "\n";
  const auto row = [&](const char* who, const PatternScores& s) {
    char buffer[128];
    std::snprintf(buffer, sizeof buffer, "%-9s  %6.2f  %7.2f  %8.2f  %7.2f\n",
                  who, s.secure, s.anxious, s.avoidant, s.fearful);
    chat.out << buffer;
  };
  row("you", chat.session.SelfScores());
  row("partner", chat.session.PartnerScores());
  std::vector<Evidence> evidence = chat.session.AllEvidence();
  chat.out << Heading(chat, "Evidence so far:") << "\n";
  if (evidence.empty()) chat.out << "  none yet\n";
  for (const Evidence& e : evidence) chat.Print(EvidenceLine(e));
}

void Sources(ChatContext& chat, std::string_view) {
  const std::vector<Citation>& citations = chat.session.LastReply().citations;
  if (citations.empty()) {
    chat.out << "attune's last reply quoted no sources.\n";
    return;
  }
  int n = 0;
  for (const Citation& c : citations) {
    std::string source = c.title + " › " + c.section + " (passage " +
                         std::to_string(c.passage) + ")";
    chat.out << "[" << ++n << "] " << Heading(chat, SanitizeForTerminal(source))
             << "\n";
    chat.Print("    " + c.text + "\n");
  }
}

void Search(ChatContext& chat, std::string_view args) {
  std::string_view query = Trim(args);
  if (query.empty())
    return chat.Fail("/search needs words to look for, e.g. /search pursuer",
                     0);
  SearchOptions options;
  options.limit = kSearchHits;
  SearchResult result;
  Status status = chat.session.Search(query, options, &result);
  if (!status.ok()) return chat.Fail(status.message(), 0);
  if (!result.fallback_note.empty()) chat.Print(result.fallback_note + "\n");
  if (result.hits.empty()) {
    std::string line = "Nothing in the corpus matches that.";
    for (size_t i = 0; i < result.suggestions.size(); ++i) {
      line += (i == 0 ? " Close words: " : ", ") + result.suggestions[i];
    }
    chat.Print(line + "\n");
  }
  for (const SearchHit& hit : result.hits) {
    chat.out << Heading(chat,
                        SanitizeForTerminal(hit.title + " › " + hit.section))
             << "\n";
    std::string snippet = SanitizeForTerminal("  " + hit.snippet);
    if (chat.options.width > 0) snippet = WrapText(snippet, chat.options.width);
    chat.out << Emphasize(snippet, chat.options.color) << "\n";
  }
}

void ResetCommand(ChatContext& chat, std::string_view) {
  chat.session.Reset();
  chat.out << "The conversation is forgotten; attune starts afresh.\n";
}

// The path argument of /save and /load, or "" after reporting what is missing.
std::string PathArgument(ChatContext& chat, std::string_view args,
                         const char* command) {
  std::string_view path = Trim(args);
  if (path.empty())
    chat.Fail(std::string(command) + " needs a file name, e.g. " + command +
                  " talk.json",
              0);
  return ExpandHome(path, chat.options.home);
}

void Save(ChatContext& chat, std::string_view args) {
  std::string path = PathArgument(chat, args, "/save");
  if (path.empty()) return;
  std::string state;
  Status status = chat.session.Save(&state);
  if (status.ok()) status = WriteFileAtomically(path, state);
  if (!status.ok())
    return chat.Fail("cannot save the conversation: " + status.message(),
                     kExitDataError);
  chat.Print("Saved the conversation to " + path + "\n");
}

void Load(ChatContext& chat, std::string_view args) {
  std::string path = PathArgument(chat, args, "/load");
  if (path.empty()) return;
  std::string state;
  Status status = ReadSmallFile(path, kMaxSavedBytes, &state);
  if (!status.ok())
    return chat.Fail(status.message() + "; the conversation is unchanged",
                     kExitDataError);
  status = chat.session.Restore(state);
  if (!status.ok()) {
    return chat.Fail(path + " is not a usable saved conversation (" +
                         status.message() + "); the conversation is unchanged",
                     kExitDataError);
  }
  chat.Print("Loaded the conversation from " + path + "\n");
}

void Quit(ChatContext& chat, std::string_view) { chat.quit = true; }

constexpr SlashCommand kSlashCommands[] = {
    {"/help", "", "this list", Help},
    {"/why", "", "the rules behind the last reply, and the words they matched",
     Why},
    {"/profile", "",
     "scores so far for you and your partner, with the evidence", Profile},
    {"/sources", "", "the passages the last reply quoted, in full", Sources},
    {"/search", "QUERY", "look for words in the articles", Search},
    {"/reset", "", "forget the conversation and start afresh", ResetCommand},
    {"/save", "FILE", "save the conversation to FILE (readable by you alone)",
     Save},
    {"/load", "FILE", "continue a conversation saved with /save", Load},
    {"/quit", "", "leave (as does Ctrl-D)", Quit},
};

}  // namespace

std::span<const SlashCommand> SlashCommands() { return kSlashCommands; }

const SlashCommand* FindSlashCommand(std::string_view name) {
  for (const SlashCommand& command : kSlashCommands) {
    if (name == command.name) return &command;
  }
  return nullptr;
}

void RunSlashLine(ChatContext& chat, std::string_view line) {
  line = Trim(line);
  size_t space = line.find_first_of(" \t");
  std::string_view name = line.substr(0, space);
  std::string_view args =
      space == std::string_view::npos ? "" : line.substr(space + 1);
  if (const SlashCommand* command = FindSlashCommand(name))
    return command->run(chat, args);
  std::string hint = "Unknown command " + std::string(name) + ".";
  const SlashCommand* guess = nullptr;
  int guesses = 0;
  for (const SlashCommand& command : kSlashCommands) {
    if (name.size() > 1 && std::string_view(command.name).rfind(name, 0) == 0) {
      guess = &command;
      ++guesses;
    }
  }
  if (guesses == 1) hint += std::string(" Did you mean ") + guess->name + "?";
  chat.Print(hint + " Type /help for the list.\n");
}

}  // namespace attune::cli
