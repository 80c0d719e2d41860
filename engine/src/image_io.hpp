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
// it (RuleSet::kImageVersion guards the layout). Arrays are padded to 8 bytes
// from the start of the image.
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
  // Padded to kAlign, so that a reader of an aligned image can use the array
  // where it lies (ImageReader::View).
  template <typename T>
  void Array(std::span<const T> v) {
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= kAlign);
    U32(static_cast<uint32_t>(v.size()));
    bytes_.resize((bytes_.size() + kAlign - 1) / kAlign * kAlign, '\0');
    Raw(v.data(), v.size() * sizeof(T));
  }
  template <typename T>
  void Array(const std::vector<T>& v) {
    Array(std::span<const T>(v));
  }
  static constexpr size_t kAlign = 8;
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
  std::string Str() { return std::string(StrView()); }
  std::string_view StrView() {
    const uint32_t n = U32();
    if (!Has(n)) return {};
    std::string_view s(reinterpret_cast<const char*>(bytes_.data() + at_), n);
    at_ += n;
    return s;
  }
  template <typename T>
  void Array(std::vector<T>* v) {
    const std::span<const unsigned char> raw = ArrayBytes(sizeof(T));
    v->resize(raw.size() / sizeof(T));
    if (!raw.empty()) std::memcpy(v->data(), raw.data(), raw.size());
  }
  // The array where it lies in the image; fails the reader when the image is
  // not aligned for T.
  template <typename T>
  std::span<const T> View() {
    static_assert(std::is_trivially_copyable_v<T>);
    const std::span<const unsigned char> raw = ArrayBytes(sizeof(T));
    if (reinterpret_cast<uintptr_t>(raw.data()) % alignof(T) != 0) Fail();
    if (!ok_) return {};
    return {reinterpret_cast<const T*>(raw.data()), raw.size() / sizeof(T)};
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
  std::span<const unsigned char> ArrayBytes(size_t item_size) {
    const uint64_t n = U32();
    const size_t pad =
        (ImageWriter::kAlign - at_ % ImageWriter::kAlign) % ImageWriter::kAlign;
    if (!Has(pad + n * item_size)) return {};
    at_ += pad;
    const std::span<const unsigned char> raw =
        bytes_.subspan(at_, n * item_size);
    at_ += raw.size();
    return raw;
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
