#include "document.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "text_util.hpp"

namespace attune::corpus {
namespace {

constexpr std::string_view kPatterns[] = {"secure", "anxious", "avoidant",
                                          "fearful"};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

bool IsTopic(std::string_view t) {
  if (t.empty() || t.front() == '-' || t.back() == '-') return false;
  return std::all_of(t.begin(), t.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool IsId(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
           c == '-' || c == '.';
  });
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// The parser walks the body line by line; this holds where it is.
class Parser {
 public:
  Parser(std::string_view name, Document* doc) : name_(name), doc_(doc) {}

  Status Error(int line, const std::string& what) const {
    return Status::ParseError(std::string(name_) + ":" + std::to_string(line) +
                              ": " + what);
  }

  Status FrontMatter(const std::vector<std::string_view>& lines, size_t* next);
  Status Body(const std::vector<std::string_view>& lines, size_t first);

 private:
  Status Line(std::string_view line, int number);
  Status Directive(std::string_view body, int number);
  Status Heading(std::string_view line, int number);
  Status EndParagraph();
  Section& Current(int number);

  std::string_view name_;
  Document* doc_;
  bool in_paragraph_ = false;
  bool pending_lost_list_ = false;
  int lost_list_line_ = 0;
  std::set<std::string> headings_;
};

Status Parser::FrontMatter(const std::vector<std::string_view>& lines,
                           size_t* next) {
  if (lines.empty() || Trim(lines[0]) != "---") {
    return Error(1, "expected front matter starting with '---'");
  }
  size_t i = 1;
  for (; i < lines.size() && Trim(lines[i]) != "---"; ++i) {
    std::string_view line = Trim(lines[i]);
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      return Error(i + 1, "expected 'key: value' in front matter");
    }
    std::string_view key = Trim(line.substr(0, colon));
    std::string value(Trim(line.substr(colon + 1)));
    std::string* field = key == "id"         ? &doc_->id
                         : key == "title"    ? &doc_->title
                         : key == "subtitle" ? &doc_->subtitle
                         : key == "author"   ? &doc_->author
                         : key == "source"   ? &doc_->source
                                             : nullptr;
    if (field == nullptr) {
      return Error(i + 1, "unknown front matter key '" + std::string(key) +
                              "' (known: id, title, subtitle, author, source)");
    }
    *field = std::move(value);
  }
  if (i == lines.size()) return Error(1, "front matter is not closed by '---'");
  if (!IsId(doc_->id)) {
    return Error(
        2, "front matter needs 'id:' made of letters, digits, '_', '-', '.'");
  }
  if (doc_->title.empty()) return Error(2, "front matter needs a 'title:'");
  *next = i + 1;
  return Status::OK();
}

Section& Parser::Current(int number) {
  if (doc_->sections.empty()) {
    doc_->sections.push_back(Section{doc_->title, 2, {}, {}, {}, number});
    headings_.insert(doc_->title);
  }
  return doc_->sections.back();
}

Status Parser::EndParagraph() {
  if (!in_paragraph_) return Status::OK();
  in_paragraph_ = false;
  Block& block = doc_->sections.back().blocks.back();
  if (block.lost_list && (block.text.empty() || block.text.back() != ':')) {
    return Error(block.line, "a paragraph marked lost-list must end with ':'");
  }
  return Status::OK();
}

Status Parser::Heading(std::string_view line, int number) {
  size_t level = line.find_first_not_of('#');
  if (level == std::string_view::npos || (level != 2 && level != 3) ||
      line[level] != ' ') {
    return Error(number, "only '## ' and '### ' headings are allowed");
  }
  std::string heading(Trim(line.substr(level)));
  if (heading.empty()) return Error(number, "empty heading");
  if (!headings_.insert(heading).second) {
    return Error(number, "duplicate section heading '" + heading + "'");
  }
  if (pending_lost_list_)
    return Error(lost_list_line_, "lost-list must precede a paragraph");
  doc_->sections.push_back(
      Section{heading, static_cast<int>(level), {}, {}, {}, number});
  return Status::OK();
}

Status Parser::Directive(std::string_view body, int number) {
  if (body == "lost-list") {
    pending_lost_list_ = true;
    lost_list_line_ = number;
    return Status::OK();
  }
  size_t colon = body.find(':');
  std::string_view key =
      colon == std::string_view::npos ? body : Trim(body.substr(0, colon));
  if (key != "patterns" && key != "topics") {
    return Error(number, "unknown directive '<!-- " + std::string(body) +
                             " -->' (known: patterns, topics, lost-list)");
  }
  Section& section = Current(number);
  if (!section.blocks.empty()) {
    return Error(number, std::string(key) +
                             " must come right after the section heading");
  }
  for (std::string& tag : Words(Trim(body.substr(colon + 1)))) {
    bool known = std::find(std::begin(kPatterns), std::end(kPatterns), tag) !=
                 std::end(kPatterns);
    if (key == "patterns" && !known) {
      return Error(number, "unknown pattern '" + tag +
                               "' (known: secure anxious avoidant fearful)");
    }
    if (key == "topics" && !IsTopic(tag)) {
      return Error(
          number, "topic '" + tag + "' must be lower-case words joined by '-'");
    }
    (key == "patterns" ? section.patterns : section.topics)
        .push_back(std::move(tag));
  }
  return Status::OK();
}

// A list item: "- text" or "N. text".
bool ListItem(std::string_view line, Block::Kind* kind,
              std::string_view* item) {
  if (line.size() > 2 && line[0] == '-' && line[1] == ' ') {
    *kind = Block::Kind::kBulletList;
    *item = Trim(line.substr(2));
    return true;
  }
  size_t digits = 0;
  while (digits < line.size() &&
         std::isdigit(static_cast<unsigned char>(line[digits])))
    ++digits;
  if (digits == 0 || digits + 2 > line.size() || line[digits] != '.' ||
      line[digits + 1] != ' ') {
    return false;
  }
  *kind = Block::Kind::kNumberedList;
  *item = Trim(line.substr(digits + 2));
  return true;
}

Status Parser::Line(std::string_view line, int number) {
  if (line.empty()) return EndParagraph();
  if (line.substr(0, 4) == "<!--") {
    if (line.size() < 7 || line.substr(line.size() - 3) != "-->") {
      return Error(number, "a directive must end with '-->' on the same line");
    }
    if (Status s = EndParagraph(); !s.ok()) return s;
    return Directive(Trim(line.substr(4, line.size() - 7)), number);
  }
  if (line[0] == '#') {
    if (Status s = EndParagraph(); !s.ok()) return s;
    return Heading(line, number);
  }
  Section& section = Current(number);
  Block::Kind kind;
  std::string_view item;
  if (ListItem(line, &kind, &item)) {
    if (Status s = EndParagraph(); !s.ok()) return s;
    if (section.blocks.empty() || section.blocks.back().kind != kind) {
      section.blocks.push_back(Block{kind, {}, {}, false, number});
    }
    section.blocks.back().items.emplace_back(item);
    return Status::OK();
  }
  if (in_paragraph_) {
    section.blocks.back().text += ' ';
    section.blocks.back().text += line;
    return Status::OK();
  }
  section.blocks.push_back(Block{Block::Kind::kParagraph,
                                 std::string(line),
                                 {},
                                 pending_lost_list_,
                                 number});
  in_paragraph_ = true;
  pending_lost_list_ = false;
  return Status::OK();
}

Status Parser::Body(const std::vector<std::string_view>& lines, size_t first) {
  for (size_t i = first; i < lines.size(); ++i) {
    if (Status s = Line(Trim(lines[i]), static_cast<int>(i + 1)); !s.ok())
      return s;
  }
  if (Status s = EndParagraph(); !s.ok()) return s;
  if (pending_lost_list_)
    return Error(lost_list_line_, "lost-list must precede a paragraph");
  if (doc_->sections.empty())
    return Error(static_cast<int>(lines.size()), "document has no text");
  return Status::OK();
}

}  // namespace

Status ParseDocument(std::string_view name, std::string_view text,
                     Document* out) {
  *out = Document{};
  if (size_t bad = FirstInvalidByte(text); bad != std::string_view::npos) {
    int line = 1 + static_cast<int>(
                       std::count(text.begin(), text.begin() + bad, '\n'));
    return Status::ParseError(std::string(name) + ":" + std::to_string(line) +
                              ": not UTF-8 text, or a control character");
  }
  std::vector<std::string_view> lines;
  for (size_t i = 0; i <= text.size();) {
    size_t j = text.find('\n', i);
    if (j == std::string_view::npos) j = text.size();
    lines.push_back(text.substr(i, j - i));
    i = j + 1;
  }
  Parser parser(name, out);
  size_t body = 0;
  if (Status s = parser.FrontMatter(lines, &body); !s.ok()) return s;
  return parser.Body(lines, body);
}

}  // namespace attune::corpus
