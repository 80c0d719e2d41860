// Private files: chat history and saved conversations (see state_files.hpp).
#include "state_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace attune::cli {
namespace {

constexpr mode_t kFileMode = 0600;
constexpr mode_t kFolderMode = 0700;

std::string Reason() { return std::strerror(errno); }

// Creates every missing folder of `folder`, each with mode 0700 whatever the
// umask.
Status MakeFolders(const std::string& folder) {
  for (size_t slash = 1; slash != std::string::npos;) {
    slash = folder.find('/', slash + 1);
    std::string prefix = folder.substr(0, slash);
    if (mkdir(prefix.c_str(), kFolderMode) == 0) {
      if (chmod(prefix.c_str(), kFolderMode) != 0) {
        return Status::IoError("cannot set the mode of " + prefix + ": " +
                               Reason());
      }
    } else if (errno != EEXIST) {
      return Status::IoError("cannot create folder " + prefix + ": " +
                             Reason());
    }
  }
  return Status::OK();
}

std::string Parent(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

Status WriteAll(int fd, std::string_view contents, const std::string& path) {
  while (!contents.empty()) {
    ssize_t n = write(fd, contents.data(), contents.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::IoError("cannot write " + path + ": " + Reason());
    contents.remove_prefix(static_cast<size_t>(n));
  }
  return Status::OK();
}

}  // namespace

std::string HistoryPath(const char* xdg_state_home, const char* home) {
  if (xdg_state_home != nullptr && xdg_state_home[0] == '/') {
    return std::string(xdg_state_home) + "/attune/history";
  }
  if (home != nullptr && home[0] == '/')
    return std::string(home) + "/.local/state/attune/history";
  return "";
}

Status PrepareHistoryFile(const std::string& path) {
  Status status = MakeFolders(Parent(path));
  if (!status.ok()) return status;
  int fd =
      open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW,
           kFileMode);
  if (fd < 0)
    return Status::IoError("cannot open history file " + path + ": " +
                           Reason());
  struct stat info {};
  bool ok = fstat(fd, &info) == 0 && ((info.st_mode & 0077) == 0 ||
                                      fchmod(fd, info.st_mode & 0700) == 0);
  std::string reason = ok ? "" : Reason();
  close(fd);
  if (!ok)
    return Status::IoError("cannot make history file " + path +
                           " private: " + reason);
  return Status::OK();
}

Status WriteFileAtomically(const std::string& path, std::string_view contents) {
  std::string temp = path + ".tmp-XXXXXX";
  int fd = mkostemp(temp.data(), O_CLOEXEC);
  if (fd < 0)
    return Status::IoError("cannot create a file beside " + path + ": " +
                           Reason());
  Status status = WriteAll(fd, contents, path);
  if (status.ok() && fchmod(fd, kFileMode) != 0) {
    status =
        Status::IoError("cannot set the mode of " + path + ": " + Reason());
  }
  if (status.ok() && fsync(fd) != 0)
    status = Status::IoError("cannot sync " + path + ": " + Reason());
  if (close(fd) != 0 && status.ok())
    status = Status::IoError("cannot write " + path + ": " + Reason());
  if (status.ok() && rename(temp.c_str(), path.c_str()) != 0) {
    status = Status::IoError("cannot replace " + path + ": " + Reason());
  }
  if (!status.ok()) unlink(temp.c_str());
  return status;
}

Status ReadSmallFile(const std::string& path, size_t max_bytes,
                     std::string* contents) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    std::string reason = Reason();
    return errno == ENOENT
               ? Status::NotFound("cannot read " + path + ": " + reason)
               : Status::IoError("cannot read " + path + ": " + reason);
  }
  struct stat info {};
  Status status;
  if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    status = Status::IoError("cannot read " + path + ": not a regular file");
  } else if (static_cast<size_t>(info.st_size) > max_bytes) {
    status = Status::Corruption("cannot read " + path + ": larger than " +
                                std::to_string(max_bytes >> 20) + " MiB");
  }
  contents->clear();
  char buffer[1 << 16];
  while (status.ok()) {
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0)
      status = Status::IoError("cannot read " + path + ": " + Reason());
    if (n <= 0) break;
    contents->append(buffer, static_cast<size_t>(n));
    if (contents->size() > max_bytes)
      status = Status::Corruption("cannot read " + path + ": too large");
  }
  close(fd);
  return status;
}

std::string ExpandHome(std::string_view path, const char* home) {
  if (home == nullptr || home[0] == '\0' ||
      !(path == "~" || path.substr(0, 2) == "~/")) {
    return std::string(path);
  }
  return std::string(home) + std::string(path.substr(1));
}

}  // namespace attune::cli
