// attune — Status: the outcome of an operation that can fail.
//
// Errors cross module boundaries and the public API as values, never as exceptions.
// A Status is cheap to copy when OK (no allocation).
//
// Thread safety: const use of a Status is safe from several threads.
#ifndef ATTUNE_STATUS_HPP_
#define ATTUNE_STATUS_HPP_

#include <string>
#include <utility>

namespace attune {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument = 1,  // a caller passed something unusable (bad option, bad query syntax)
    kNotFound = 2,         // a named file, document or session does not exist
    kIoError = 3,          // the operating system refused a read or write
    kCorruption = 4,       // a file exists but is not what it claims (bad database, bad state)
    kParseError = 5,       // a rules file or FTS5 query did not parse; message has file:line:col
    kInternal = 6,         // a bug in attune
  };

  Status() = default;  // OK
  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string msg) { return Status(Code::kInvalidArgument, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::kIoError, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status ParseError(std::string msg) { return Status(Code::kParseError, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The human-readable message, naming the file or input and the problem. Empty when OK.
  const std::string& message() const { return message_; }
  // "OK", or the message (which already names what failed).
  std::string ToString() const { return ok() ? std::string("OK") : message_; }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace attune

#endif  // ATTUNE_STATUS_HPP_
