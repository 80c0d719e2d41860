// Stage: ruleset (rule images). Byte-level writing and bounds-checked reading
// of a compiled rule set; use attune::RuleSet::WriteImage and
// attune::RuleSet::LoadImage instead.
#ifndef ATTUNE_IMAGE_IO_HPP_
#define ATTUNE_IMAGE_IO_HPP_

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace attune {

// Host byte order: an image is a build artifact, read by the build that wrote
// it (RuleSet::kImageVersion guards the layout).
class ImageWriter {
 public:
  void U32(uint32_t v) { Raw(&v, sizeof v); }
  void I32(int32_t v) { Raw(&v, sizeof v); }
  void U64(uint64_t v) { Raw(&v, sizeof v); }
  void F64(double v) { Raw(&v, sizeof v); }
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    Raw(s.data(), s.size());
  }
  template <typename T>
  void Array(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    U32(static_cast<uint32_t>(v.size()));
    Raw(v.data(), v.size() * sizeof(T));
  }
  const std::string& bytes() const { return bytes_; }

 private:
  void Raw(const void* p, size_t n) {
    bytes_.append(static_cast<const char*>(p), n);
  }
  std::string bytes_;
};

// Every read past the end fails the reader (ok() turns false) and yields
// zeros, so callers check ok() once at the end.
class ImageReader {
 public:
  explicit ImageReader(std::span<const unsigned char> bytes) : bytes_(bytes) {}
  uint32_t U32() { return Pod<uint32_t>(); }
  int32_t I32() { return Pod<int32_t>(); }
  uint64_t U64() { return Pod<uint64_t>(); }
  double F64() { return Pod<double>(); }
  std::string Str() {
    const uint32_t n = U32();
    if (!Has(n)) return {};
    std::string s(reinterpret_cast<const char*>(bytes_.data() + at_), n);
    at_ += n;
    return s;
  }
  template <typename T>
  void Array(std::vector<T>* v) {
    static_assert(std::is_trivially_copyable_v<T>);
    const uint32_t n = U32();
    v->clear();
    if (!Has(static_cast<uint64_t>(n) * sizeof(T))) return;
    v->resize(n);
    if (n > 0) std::memcpy(v->data(), bytes_.data() + at_, n * sizeof(T));
    at_ += n * sizeof(T);
  }
  // A count of items still to read, each at least `min_size` bytes: fails the
  // reader rather than let a corrupt count reserve gigabytes.
  uint32_t Count(size_t min_size) {
    const uint32_t n = U32();
    return Has(static_cast<uint64_t>(n) * min_size) ? n : 0;
  }
  void Fail() { ok_ = false; }
  bool ok() const { return ok_; }
  bool at_end() const { return at_ == bytes_.size(); }

 private:
  bool Has(uint64_t n) {
    if (ok_ && n <= bytes_.size() - at_) return true;
    ok_ = false;
    return false;
  }
  template <typename T>
  T Pod() {
    T v{};
    if (!Has(sizeof v)) return v;
    std::memcpy(&v, bytes_.data() + at_, sizeof v);
    at_ += sizeof v;
    return v;
  }
  std::span<const unsigned char> bytes_;
  size_t at_ = 0;
  bool ok_ = true;
};

}  // namespace attune

#endif  // ATTUNE_IMAGE_IO_HPP_
