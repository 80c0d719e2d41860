// `attune chat`'s loop: one loop for a terminal and a pipe, text or JSON.
#include "chat.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "command.hpp"
#include "terminal.hpp"

namespace attune::cli {
namespace {

constexpr char kCutNote[] =
    "Your message was longer than 16 KiB, so attune read only its first "
    "16 KiB.";
constexpr char kBanner[] =
    "attune: a guide to attachment in intimate relationships, built on a few "
    "articles; it is not a therapist.\n"
    "Tell it what is happening. /help lists the commands; Ctrl-D or /quit "
    "leaves.\n";

std::string Dump(const nlohmann::json& j, const ChatOptions& options) {
  // On a terminal every non-ASCII character is escaped, so no byte of it can
  // act on the terminal.
  return j.dump(-1, ' ', options.terminal,
                nlohmann::json::error_handler_t::replace);
}

void Note(ChatContext& chat, std::string_view note) {
  chat.out << Dim("Note: " + SanitizeForTerminal(note), chat.options.color)
           << "\n";
}

// One turn of the conversation, in text or as the engine's JSON object.
void Turn(ChatContext& chat, std::string_view text, bool cut) {
  Reply reply;
  Status status = chat.session.Respond(text, &reply);
  if (!status.ok()) return chat.Fail(status.message(), kExitDataError);
  if (chat.options.json) {
    nlohmann::json j = nlohmann::json::parse(reply.ToJson(), nullptr, false);
    if (!j.is_object())
      return chat.Fail("attune made a reply that is not a JSON object",
                       kExitDataError);
    if (cut && reply.note.empty()) j["note"] = kCutNote;
    chat.out << Dump(j, chat.options);
    return;
  }
  if (cut && reply.note.empty()) Note(chat, kCutNote);
  if (!reply.note.empty()) Note(chat, reply.note);
  chat.Print(reply.text + "\n");
}

// JSON mode: whatever the line was, exactly one object on one line.
void EmitJson(ChatContext& chat, std::string_view line, bool turn, bool cut,
              std::string output, std::ostream& out) {
  nlohmann::json j;
  if (turn && chat.errors.empty()) {
    out << output << "\n";
    return;
  }
  if (!turn) {
    j["command"] = std::string(line.substr(0, line.find_first_of(" \t")));
    j["output"] = std::move(output);
  }
  if (!chat.errors.empty()) j["error"] = chat.errors.front();
  if (cut) j["note"] = kCutNote;
  out << Dump(j, chat.options) << "\n";
}

void ReportErrors(ChatContext& chat, std::ostream& out, std::ostream& err) {
  if (chat.errors.empty()) return;
  out.flush();
  for (const std::string& e : chat.errors)
    err << "attune: " << SanitizeForTerminal(e) << "\n";
  err.flush();
}

}  // namespace

void ChatContext::Fail(std::string message, int status) {
  errors.push_back(std::move(message));
  exit_status = std::max(exit_status, status);
}

void ChatContext::Print(std::string_view text) {
  std::string clean = SanitizeForTerminal(text);
  out << (options.width > 0 ? WrapText(clean, options.width) : clean);
}

bool CutLongLine(std::string* line) {
  if (line->size() <= kMaxLineBytes) return false;
  size_t end = kMaxLineBytes;
  while (end > 0 && (static_cast<unsigned char>((*line)[end]) & 0xC0) == 0x80)
    --end;
  line->resize(end);
  return true;
}

int RunChat(LineReader& reader, ChatSession& session,
            const ChatOptions& options, std::ostream& out, std::ostream& err) {
  // A line's output: one object in JSON mode, else one paragraph.
  std::ostringstream buffer;
  ChatContext chat{session, options, buffer, {}};
  if (reader.interactive() && !options.json) {
    chat.Print(kBanner);
    out << buffer.str() << "\n";
  }
  std::string line;
  while (!chat.quit && reader.ReadLine(&line)) {
    bool cut = CutLongLine(&line);
    size_t first = line.find_first_not_of(" \t");
    bool turn = first == std::string::npos || line[first] != '/';
    std::string_view trimmed =
        turn ? std::string_view() : std::string_view(line).substr(first);
    chat.errors.clear();
    buffer.str("");
    if (first == std::string::npos && !options.json) continue;  // a blank line
    if (turn) {
      Turn(chat, line, cut);
    } else {
      if (cut && !options.json) Note(chat, kCutNote);
      RunSlashLine(chat, line);
    }
    if (options.json) {
      EmitJson(chat, trimmed, turn, cut, buffer.str(), out);
    } else {
      // A blank line after each answer.
      if (buffer.tellp() > 0) out << buffer.str() << "\n";
      ReportErrors(chat, out, err);
    }
    out.flush();
  }
  return chat.exit_status;
}

}  // namespace attune::cli
